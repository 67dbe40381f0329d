#include "gui/app/PlanExporter.h"

#include "gui/common/Dialogs.h"
#include "model/plan/PlanExport.h"

namespace meshfed {

using namespace Qt::StringLiterals;

QList<GeneratedFile> PlanExporter::files(const FederationPlan& plan, const QList<ValuesDocument>& documents)
{
    QList<GeneratedFile> all = PlanExport::files(plan);
    for (GeneratedFile& file : all) {
        for (const ValuesDocument& doc : documents) {
            if (doc.name() == file.name) {
                file.content = doc.text();
                file.missing.clear();
            }
        }
    }
    return all;
}

QStringList PlanExporter::exportTo(QWidget* parent, const FederationPlan& plan, const QList<ValuesDocument>& documents)
{
    const QString dir = FileDialogs::directory(parent, tr("Export the values files, policies and setup.sh"));
    if (dir.isEmpty())
        return {};
    const QList<GeneratedFile> toWrite = files(plan, documents);
    PlanExport::WriteResult result = PlanExport::write(toWrite, dir, PlanExport::KeepExisting);
    if (!result.existing.isEmpty()) {
        const auto answer = MessageBoxes::question(parent, tr("Replace files?"),
            tr("%1 already holds %2. Replace them?").arg(dir, result.existing.join(u", "_s)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return {};
        result = PlanExport::write(toWrite, dir, PlanExport::ReplaceExisting);
    }
    if (!result.error.isEmpty()) {
        MessageBoxes::warning(parent, tr("Export failed"), result.error);
        return result.written;
    }
    if (!result.incomplete.isEmpty())
        MessageBoxes::warning(parent, tr("Export incomplete"),
            tr("Not exported yet, because values found at run time are missing: %1. setup.sh writes "
               "them itself once it has found those values.")
                .arg(result.incomplete.join(u", "_s)));
    return result.written;
}

} // namespace meshfed
