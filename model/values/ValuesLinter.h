#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace meshfed {

/// One problem in a values file, at its line and column (1-based).
struct ValuesIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    int line = 0;
    int column = 0;
    QString message; ///< translated

    bool operator==(const ValuesIssue&) const = default;
};

/// Checks the text of a Helm values file as the user edits it: YAML syntax (errors, which block
/// installing the file), keys the pinned chart does not have (Helm ignores them silently: the
/// published consul-dc2.yaml's controller.enabled, typos — with a suggestion) and values of the
/// wrong kind for a key (a map where the chart expects a boolean).
///
/// Usage:
///     for (const ValuesIssue& issue : ValuesLinter::lint(text, u"consul"_s)) markLine(issue.line, issue.message);
class ValuesLinter
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::ValuesLinter)

public:
    static QList<ValuesIssue> lint(const QByteArray& text, const QString& chart);
    static bool hasErrors(const QList<ValuesIssue>& issues);
};

} // namespace meshfed
