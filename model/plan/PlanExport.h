#pragma once

#include "model/plan/FederationPlan.h"
#include "model/plan/ValuesGenerator.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace meshfed {

/// Everything a plan exports: the values files, policies/<name>.hcl and setup.sh.
///
/// Usage:
///     const QList<GeneratedFile> files = PlanExport::files(plan);
///     const PlanExport::WriteResult result = PlanExport::write(files, dir, PlanExport::KeepExisting);
class PlanExport
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::PlanExport)

public:
    enum Overwrite { KeepExisting, ReplaceExisting };

    struct WriteResult
    {
        QStringList written;    ///< relative names
        QStringList existing;   ///< refused because they exist (KeepExisting); nothing was written then
        QStringList incomplete; ///< not written: a run-time value is missing
        QString error;          ///< an I/O failure, naming the file
        bool ok() const { return error.isEmpty() && existing.isEmpty(); }
    };

    static QList<GeneratedFile> files(const FederationPlan& plan);
    /// Writes the complete files into `directory` (created when missing). With KeepExisting,
    /// nothing at all is written when any target exists. Each file is written atomically.
    static WriteResult write(const QList<GeneratedFile>& files, const QString& directory, Overwrite overwrite);
};

} // namespace meshfed
