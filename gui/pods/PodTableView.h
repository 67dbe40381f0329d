#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace meshfed {

class PodFilterProxy;
class PodModel;

/// The pods of one cluster as kubectl's columns (plus namespace and cluster), sortable, with a
/// text filter and a health filter. Selecting a row emits podSelected.
///
/// Usage:
///     auto* table = new PodTableView(u"dc1"_s, &dc1Pods, parent);
///     connect(table, &PodTableView::podSelected, details, ...);
class PodTableView : public QWidget
{
    Q_OBJECT

public:
    PodTableView(const QString& datacenter, PodModel* pods, QWidget* parent = nullptr);

    QString datacenter() const { return m_datacenter; }
    PodFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void podSelected(const QString& datacenter, const QString& key);

private:
    void applyHealthFilter();

    QString m_datacenter;
    PodFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QComboBox* m_health;
    QTableView* m_table;
};

} // namespace meshfed
