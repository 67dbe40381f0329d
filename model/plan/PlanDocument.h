#pragma once

#include "model/plan/FederationPlan.h"
#include "model/plan/PlanFile.h"
#include "model/plan/PlanValidator.h"

#include <QObject>

namespace meshfed {

/// The plan the window works on: its file, whether it has unsaved changes, and its problems.
///
/// Usage:
///     PlanDocument doc;
///     doc.open(path, &fileProblems);
///     FederationPlan p = doc.plan(); p.consul.globalName = u"hashi"_s; doc.setPlan(p);
///     if (doc.isModified()) doc.save(&error);
class PlanDocument : public QObject
{
    Q_OBJECT

public:
    explicit PlanDocument(QObject* parent = nullptr);

    const FederationPlan& plan() const { return m_plan; }
    void setPlan(const FederationPlan& plan);
    const QString& path() const { return m_path; }
    bool isModified() const { return m_modified; }
    const QList<PlanProblem>& problems() const { return m_problems; }
    QList<PlanProblem> problemsOf(const QString& field) const;

    void newPlan();
    /// An untitled, unmodified document holding `plan` (demo mode's plan).
    void adopt(const FederationPlan& plan);
    bool open(const QString& path, QList<FileProblem>* problems);
    bool save(QString* error);
    bool saveAs(const QString& path, QString* error);

Q_SIGNALS:
    void planChanged();
    void modifiedChanged(bool modified);
    void pathChanged(const QString& path);

private:
    void setModified(bool modified);
    void revalidate();

    FederationPlan m_plan;
    QString m_path;
    bool m_modified = false;
    QList<PlanProblem> m_problems;
};

} // namespace meshfed
