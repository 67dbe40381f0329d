#include "model/values/ValuesLinter.h"

#include "model/values/ChartKeys.h"

#include <yaml-cpp/yaml.h>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

using Severity = ValuesIssue::Severity;

ValuesIssue at(Severity severity, const YAML::Mark& mark, const QString& message)
{
    return {severity, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1, message};
}

QString kindOf(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return ValuesLinter::tr("a map");
    case YAML::NodeType::Sequence:
        return ValuesLinter::tr("a list");
    default:
        return ValuesLinter::tr("a single value");
    }
}

/// The chart's expectation for a key's value, checked loosely (Helm converts scalars freely).
std::optional<QString> mismatch(const QString& type, const YAML::Node& value)
{
    if (value.IsNull())
        return std::nullopt;
    const bool leafType = type == u"bool"_s || type == u"string"_s || type == u"int"_s || type == u"float"_s;
    if (leafType && !value.IsScalar())
        return ValuesLinter::tr("expects a single value (%1), not %2").arg(type, kindOf(value));
    if (type == u"list"_s && !value.IsSequence())
        return ValuesLinter::tr("expects a list, not %1").arg(kindOf(value));
    if (type == u"bool"_s) {
        static const QStringList booleans {u"true"_s, u"false"_s, u"True"_s, u"False"_s, u"TRUE"_s, u"FALSE"_s, u"-"_s};
        if (!booleans.contains(QString::fromStdString(value.Scalar())))
            return ValuesLinter::tr("expects true or false, not \"%1\"").arg(QString::fromStdString(value.Scalar()));
    }
    return std::nullopt;
}

class Walker
{
public:
    Walker(const ChartKeys& keys, QString chart)
        : m_keys(keys)
        , m_chart(std::move(chart))
    { }

    void walk(const YAML::Node& map, const QString& prefix)
    {
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString key = QString::fromStdString(it->first.as<std::string>(""));
            const QString path = prefix.isEmpty() ? key : prefix + u'.' + key;
            visit(path, it->first.Mark(), it->second);
        }
    }

    QList<ValuesIssue> issues;

private:
    void visit(const QString& path, const YAML::Mark& mark, const YAML::Node& value)
    {
        const ChartKeys::Verdict verdict = m_keys.check(path);
        if (verdict == ChartKeys::Verdict::FreeForm)
            return;
        if (verdict == ChartKeys::Verdict::Known) {
            if (const auto problem = mismatch(m_keys.typeOf(path), value))
                issues << at(Severity::Warning, mark, ValuesLinter::tr("%1 %2").arg(path, *problem));
            return;
        }
        if (m_keys.isSection(path)) {
            if (value.IsMap())
                walk(value, path);
            else if (!value.IsNull())
                issues << at(Severity::Warning, mark,
                    ValuesLinter::tr("%1 is a section of the chart's values and expects a map, not %2")
                        .arg(path, kindOf(value)));
            return;
        }
        QString message = ValuesLinter::tr("%1 is not a key of the %2 chart: Helm ignores it").arg(path, m_chart);
        const QString suggestion = m_keys.suggestion(path);
        if (!suggestion.isEmpty())
            message += ValuesLinter::tr(" (did you mean %1?)").arg(suggestion);
        issues << at(Severity::Warning, mark, message);
    }

    const ChartKeys& m_keys;
    QString m_chart;
};

} // namespace

QList<ValuesIssue> ValuesLinter::lint(const QByteArray& text, const QString& chart)
{
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::ParserException& e) {
        return {at(Severity::Error, e.mark, tr("not valid YAML: %1").arg(QString::fromStdString(e.msg)))};
    }
    if (root.IsNull())
        return {};
    if (!root.IsMap())
        return {at(Severity::Error, root.Mark(), tr("a values file must be a map of keys, not %1").arg(kindOf(root)))};
    Walker walker(ChartKeys::forChart(chart), chart);
    walker.walk(root, {});
    return walker.issues;
}

bool ValuesLinter::hasErrors(const QList<ValuesIssue>& issues)
{
    return std::any_of(
        issues.begin(), issues.end(), [](const ValuesIssue& i) { return i.severity == Severity::Error; });
}

} // namespace meshfed
