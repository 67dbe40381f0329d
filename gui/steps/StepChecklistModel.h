#pragma once

#include <QIdentityProxyModel>
#include <QPalette>

namespace meshfed {

/// The steps as a checklist: each row of a StepModel with a mark for its state (never colour
/// alone: ○ not checked, … checking, ✔ done, ● to do, ▶ running, ✘ failed, ⚠ conflict), the
/// state's colour from the palette, and the state in the tooltip and the accessible text.
///
/// Usage:
///     StepChecklistModel checklist;
///     checklist.setSourceModel(engine.model());
///     listView->setModel(&checklist);
class StepChecklistModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit StepChecklistModel(QObject* parent = nullptr);

    /// The palette the state colours are taken from (the list's; light or dark).
    void setPalette(const QPalette& palette);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QPalette m_palette;
};

} // namespace meshfed
