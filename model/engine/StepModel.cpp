#include "model/engine/StepModel.h"

namespace meshfed {

StepModel::StepModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void StepModel::setSteps(const QList<StepDefinition>& steps, const FederationPlan& plan)
{
    beginResetModel();
    m_rows.clear();
    for (const StepDefinition& step : steps) {
        Row row;
        row.definition = step;
        row.commands = Procedure::commands(plan, step);
        m_rows << row;
    }
    endResetModel();
}

int StepModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StepModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.definition.title;
    case Qt::ToolTipRole:
    case ExplanationRole:
        return row.definition.explanation;
    case IdRole:
        return row.definition.id;
    case DatacenterRole:
        return row.definition.datacenter;
    case DependsOnRole:
        return row.definition.dependsOn;
    case StateRole:
        return int(row.state);
    case StateTextRole:
        return StepStateText::name(row.state);
    case MessageRole:
        return row.message;
    case ChangesRole:
        return row.changes;
    case CommandsRole:
        return row.commands;
    case LogRole:
        return row.log;
    case WaitWhatRole:
        return row.wait.what;
    case WaitElapsedRole:
        return row.wait.elapsedMs;
    case WaitBoundRole:
        return row.wait.boundMs;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(
        {{IdRole, "stepId"}, {TitleRole, "title"}, {ExplanationRole, "explanation"}, {DatacenterRole, "datacenter"},
            {DependsOnRole, "dependsOn"}, {StateRole, "state"}, {StateTextRole, "stateText"}, {MessageRole, "message"},
            {ChangesRole, "changes"}, {CommandsRole, "commands"}, {LogRole, "log"}, {WaitWhatRole, "waitWhat"},
            {WaitElapsedRole, "waitElapsedMs"}, {WaitBoundRole, "waitBoundMs"}});
    return names;
}

int StepModel::rowOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).definition.id == id)
            return i;
    }
    return -1;
}

StepModel::Row* StepModel::find(const QString& id)
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows[row];
}

StepState StepModel::state(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? StepState::NotChecked : m_rows.at(row).state;
}

QString StepModel::message(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? QString() : m_rows.at(row).message;
}

QStringList StepModel::changes(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? QStringList() : m_rows.at(row).changes;
}

QStringList StepModel::log(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? QStringList() : m_rows.at(row).log;
}

StepWait StepModel::wait(const QString& id) const
{
    const int row = rowOf(id);
    return row < 0 ? StepWait() : m_rows.at(row).wait;
}

void StepModel::changed(const QString& id, const QList<int>& roles)
{
    const QModelIndex at = index(rowOf(id));
    Q_EMIT dataChanged(at, at, roles);
}

void StepModel::setState(const QString& id, StepState state)
{
    Row* row = find(id);
    if (!row || row->state == state)
        return;
    row->state = state;
    changed(id, {StateRole, StateTextRole});
}

void StepModel::setMessage(const QString& id, const QString& message)
{
    Row* row = find(id);
    if (!row || row->message == message)
        return;
    row->message = message;
    changed(id, {MessageRole});
}

void StepModel::setChanges(const QString& id, const QStringList& changes)
{
    Row* row = find(id);
    if (!row || row->changes == changes)
        return;
    row->changes = changes;
    changed(id, {ChangesRole});
}

void StepModel::setCommands(const QString& id, const QStringList& commands)
{
    Row* row = find(id);
    if (!row || row->commands == commands)
        return;
    row->commands = commands;
    changed(id, {CommandsRole});
}

void StepModel::appendLog(const QString& id, const QString& line)
{
    Row* row = find(id);
    if (!row)
        return;
    row->log << line;
    changed(id, {LogRole});
}

void StepModel::setWait(const QString& id, const StepWait& wait)
{
    Row* row = find(id);
    if (!row)
        return;
    row->wait = wait;
    changed(id, {WaitWhatRole, WaitElapsedRole, WaitBoundRole});
}

} // namespace meshfed
