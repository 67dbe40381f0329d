#pragma once

#include "model/plan/FederationPlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace meshfed {

/// A problem in a file, located: "plan.yaml:12:5: unknown key \"namspace\"".
struct FileProblem
{
    QString file;
    int line = 0;   ///< 1-based; 0 when the problem has no position
    int column = 0; ///< 1-based
    QString message;

    QString toString() const;
    bool operator==(const FileProblem&) const = default;
};

/// Reads and writes plan files: YAML with apiVersion meshfed.org/v1 and kind FederationPlan.
/// Unknown keys and wrong types are errors with file:line:column. Keys left out keep their
/// documented defaults. A plan file has no place for a secret.
///
/// Usage:
///     QList<FileProblem> problems;
///     if (auto plan = PlanFile::load(path, &problems)) ...
///     PlanFile::save(plan, path, &error);
class PlanFile
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::PlanFile)

public:
    static inline const QString kApiVersion = QStringLiteral("meshfed.org/v1");
    static inline const QString kKind = QStringLiteral("FederationPlan");

    static std::optional<FederationPlan> load(const QString& path, QList<FileProblem>* problems);
    static std::optional<FederationPlan> parse(
        const QByteArray& text, const QString& fileName, QList<FileProblem>* problems);
    /// The plan as YAML, with a comment on every key (what `meshfed plan init` writes).
    static QByteArray serialize(const FederationPlan& plan);
    /// Writes atomically: the old file stays intact when anything fails.
    static bool save(const FederationPlan& plan, const QString& path, QString* error);
};

} // namespace meshfed
