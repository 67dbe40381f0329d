#include "model/yaml/YamlToJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QJsonValue scalarValue(const YAML::Node& node)
{
    const QString text = QString::fromStdString(node.Scalar());
    if (node.Tag() == "!") // quoted: always a string
        return text;
    static const QRegularExpression trueRe(u"^(true|True|TRUE|yes|Yes|YES|on|On|ON)$"_s);
    static const QRegularExpression falseRe(u"^(false|False|FALSE|no|No|NO|off|Off|OFF)$"_s);
    static const QRegularExpression nullRe(u"^(~|null|Null|NULL|)$"_s);
    static const QRegularExpression intRe(u"^[-+]?[0-9]+$"_s);
    static const QRegularExpression floatRe(u"^[-+]?([0-9]*\\.[0-9]+|[0-9]+\\.[0-9]*)([eE][-+]?[0-9]+)?$"_s);
    if (trueRe.match(text).hasMatch())
        return true;
    if (falseRe.match(text).hasMatch())
        return false;
    if (nullRe.match(text).hasMatch())
        return QJsonValue::Null;
    if (intRe.match(text).hasMatch())
        return text.toLongLong();
    if (floatRe.match(text).hasMatch())
        return text.toDouble();
    return text;
}

QJsonValue convert(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QJsonObject object;
        for (auto it = node.begin(); it != node.end(); ++it)
            object.insert(QString::fromStdString(it->first.as<std::string>("")), convert(it->second));
        return object;
    }
    case YAML::NodeType::Sequence: {
        QJsonArray array;
        for (const YAML::Node& item : node)
            array << convert(item);
        return array;
    }
    case YAML::NodeType::Scalar:
        return scalarValue(node);
    default:
        return QJsonValue::Null;
    }
}

} // namespace

std::optional<QJsonValue> yamlToJson(const QByteArray& text, const QString& fileName, FileProblem* error)
{
    try {
        return convert(YAML::Load(text.toStdString()));
    } catch (const YAML::Exception& e) {
        *error = {fileName, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1,
            QString::fromStdString(e.msg)};
        return std::nullopt;
    }
}

QJsonValue valueAt(const QJsonValue& root, const QString& dottedPath)
{
    QJsonValue current = root;
    for (const QString& key : dottedPath.split(u'.')) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        current = current.toObject().value(key);
    }
    return current;
}

} // namespace meshfed
