#pragma once

#include "model/engine/Procedure.h"
#include "model/engine/StepState.h"

#include <QAbstractListModel>
#include <QList>

namespace meshfed {

/// What a step waits for right now: shown with its elapsed time and its bound.
struct StepWait
{
    QString what; ///< translated, e.g. "the load balancer address of Service default/vault-dc1"
    qint64 elapsedMs = 0;
    qint64 boundMs = 0;

    bool isActive() const { return !what.isEmpty(); }
};

/// The steps panel's model: one row per step of the procedure, with its state, explanation, the
/// changes a dry run found, the equivalent command lines, its log (secrets already redacted) and
/// what it waits for. The setup engine writes it; views only read it.
///
/// Usage:
///     StepModel model;
///     model.setSteps(Procedure::steps(plan), plan);
///     view->setModel(&model);     // DisplayRole: title; StateRole etc. for delegates
class StepModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        ExplanationRole,
        DatacenterRole,
        DependsOnRole,
        StateRole, ///< int(StepState)
        StateTextRole,
        MessageRole,  ///< the last check's or apply's finding, or the diagnosis
        ChangesRole,  ///< QStringList: what apply would change (dry run)
        CommandsRole, ///< QStringList: equivalent command lines
        LogRole,      ///< QStringList: what was read, written and waited for
        WaitWhatRole,
        WaitElapsedRole, ///< milliseconds
        WaitBoundRole,   ///< milliseconds
    };

    explicit StepModel(QObject* parent = nullptr);

    void setSteps(const QList<StepDefinition>& steps, const FederationPlan& plan);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString& id) const;
    const StepDefinition& definition(int row) const { return m_rows.at(row).definition; }
    StepState state(const QString& id) const;
    QString message(const QString& id) const;
    QStringList changes(const QString& id) const;
    QStringList log(const QString& id) const;
    StepWait wait(const QString& id) const;

    void setState(const QString& id, StepState state);
    void setMessage(const QString& id, const QString& message);
    void setChanges(const QString& id, const QStringList& changes);
    void setCommands(const QString& id, const QStringList& commands);
    void appendLog(const QString& id, const QString& line);
    void setWait(const QString& id, const StepWait& wait);

private:
    struct Row
    {
        StepDefinition definition;
        StepState state = StepState::NotChecked;
        QString message;
        QStringList changes;
        QStringList commands;
        QStringList log;
        StepWait wait;
    };
    Row* find(const QString& id);
    void changed(const QString& id, const QList<int>& roles);

    QList<Row> m_rows;
};

} // namespace meshfed
