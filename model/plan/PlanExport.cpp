#include "model/plan/PlanExport.h"

#include "model/plan/Transcript.h"
#include "model/plan/VaultSetup.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace meshfed {

using namespace Qt::StringLiterals;

QList<GeneratedFile> PlanExport::files(const FederationPlan& plan)
{
    QList<GeneratedFile> result = ValuesGenerator::all(plan);
    for (const VaultPolicy& policy : VaultSetup::policies(plan))
        result << GeneratedFile {u"policies/"_s + policy.name + u".hcl"_s, policy.hcl.toUtf8(), {}};
    result << GeneratedFile {u"setup.sh"_s, Transcript::script(plan), {}};
    return result;
}

namespace {

bool writeOne(const GeneratedFile& file, const QDir& dir, QString* error)
{
    const QString path = dir.filePath(file.name);
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = PlanExport::tr("cannot create the folder of %1").arg(path);
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file.content) != file.content.size() || !out.commit()) {
        *error = PlanExport::tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    if (file.name.endsWith(u".sh"_s))
        QFile::setPermissions(path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

} // namespace

PlanExport::WriteResult PlanExport::write(
    const QList<GeneratedFile>& files, const QString& directory, Overwrite overwrite)
{
    WriteResult result;
    const QDir dir(directory);
    for (const GeneratedFile& file : files) {
        if (!file.isComplete())
            result.incomplete << file.name;
        else if (overwrite == KeepExisting && QFileInfo::exists(dir.filePath(file.name)))
            result.existing << file.name;
    }
    if (!result.existing.isEmpty())
        return result;
    for (const GeneratedFile& file : files) {
        if (!file.isComplete())
            continue;
        if (!writeOne(file, dir, &result.error))
            return result;
        result.written << file.name;
    }
    return result;
}

} // namespace meshfed
