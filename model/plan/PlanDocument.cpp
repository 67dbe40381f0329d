#include "model/plan/PlanDocument.h"

namespace meshfed {

PlanDocument::PlanDocument(QObject* parent)
    : QObject(parent)
    , m_plan(FederationPlan::defaults())
{
    revalidate();
}

void PlanDocument::revalidate()
{
    m_problems = PlanValidator::validate(m_plan);
}

void PlanDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void PlanDocument::setPlan(const FederationPlan& plan)
{
    if (plan == m_plan)
        return;
    m_plan = plan;
    revalidate();
    setModified(true);
    Q_EMIT planChanged();
}

QList<PlanProblem> PlanDocument::problemsOf(const QString& field) const
{
    QList<PlanProblem> matching;
    for (const PlanProblem& problem : m_problems) {
        if (problem.field == field)
            matching << problem;
    }
    return matching;
}

void PlanDocument::newPlan()
{
    adopt(FederationPlan::defaults());
}

void PlanDocument::adopt(const FederationPlan& plan)
{
    m_plan = plan;
    m_path.clear();
    revalidate();
    setModified(false);
    Q_EMIT pathChanged(m_path);
    Q_EMIT planChanged();
}

bool PlanDocument::open(const QString& path, QList<FileProblem>* problems)
{
    const auto loaded = PlanFile::load(path, problems);
    if (!loaded)
        return false; // the current plan stays as it is
    m_plan = *loaded;
    m_path = path;
    revalidate();
    setModified(false);
    Q_EMIT pathChanged(m_path);
    Q_EMIT planChanged();
    return true;
}

bool PlanDocument::save(QString* error)
{
    return saveAs(m_path, error);
}

bool PlanDocument::saveAs(const QString& path, QString* error)
{
    if (!PlanFile::save(m_plan, path, error))
        return false;
    if (m_path != path) {
        m_path = path;
        Q_EMIT pathChanged(m_path);
    }
    setModified(false);
    return true;
}

} // namespace meshfed
