#include "gui/steps/StepChecklistModel.h"

#include "gui/topology/TopologyPalette.h"
#include "model/engine/StepModel.h"

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QString markOf(StepState state)
{
    switch (state) {
    case StepState::NotChecked:
        return u"○"_s;
    case StepState::Checking:
        return u"…"_s;
    case StepState::Done:
        return u"✔"_s;
    case StepState::ToDo:
        return u"●"_s;
    case StepState::Running:
        return u"▶"_s;
    case StepState::Failed:
        return u"✘"_s;
    case StepState::Conflict:
        return u"⚠"_s;
    }
    return {};
}

/// The topology's colours: done as healthy, failed and conflict as failing, the rest as progressing.
std::optional<Health> healthOf(StepState state)
{
    switch (state) {
    case StepState::Done:
        return Health::Healthy;
    case StepState::Failed:
    case StepState::Conflict:
        return Health::Failing;
    case StepState::Checking:
    case StepState::Running:
    case StepState::ToDo:
        return Health::Progressing;
    case StepState::NotChecked:
        break;
    }
    return std::nullopt;
}

} // namespace

StepChecklistModel::StepChecklistModel(QObject* parent)
    : QIdentityProxyModel(parent)
{ }

void StepChecklistModel::setPalette(const QPalette& palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {Qt::ForegroundRole});
}

QVariant StepChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const auto state = StepState(QIdentityProxyModel::data(index, StepModel::StateRole).toInt());
    const QString title = QIdentityProxyModel::data(index, StepModel::TitleRole).toString();
    const QString stateText = QIdentityProxyModel::data(index, StepModel::StateTextRole).toString();
    switch (role) {
    case Qt::DisplayRole:
        return QString(markOf(state) + u"  "_s + title);
    case Qt::AccessibleTextRole:
        return QString(title + u", "_s + stateText);
    case Qt::ToolTipRole: {
        const QString message = QIdentityProxyModel::data(index, StepModel::MessageRole).toString();
        const QString detail
            = message.isEmpty() ? QIdentityProxyModel::data(index, StepModel::ExplanationRole).toString() : message;
        return QString(stateText + u": "_s + detail);
    }
    case Qt::ForegroundRole:
        if (const auto health = healthOf(state))
            return TopologyPalette(m_palette).health(*health);
        return {};
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace meshfed
