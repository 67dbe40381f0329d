#include "gui/pods/PodTableView.h"

#include "model/kube/PodFilterProxy.h"
#include "model/kube/PodModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace meshfed {

using namespace Qt::StringLiterals;

PodTableView::PodTableView(const QString& datacenter, PodModel* pods, QWidget* parent)
    : QWidget(parent)
    , m_datacenter(datacenter)
    , m_proxy(new PodFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_health(new QComboBox(this))
    , m_table(new QTableView(this))
{
    setObjectName(u"podTable-"_s + datacenter);
    m_proxy->setSourceModel(pods);
    m_filter->setObjectName(u"podFilter"_s);
    m_filter->setPlaceholderText(tr("Filter by name, namespace, status, node or label"));
    m_filter->setClearButtonEnabled(true);
    m_health->setObjectName(u"podHealthFilter"_s);
    m_health->addItems({tr("All pods"), tr("Failing"), tr("Starting"), tr("Healthy"), tr("Not healthy")});
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PodModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_health);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PodFilterProxy::setFilterText);
    connect(m_health, &QComboBox::currentIndexChanged, this, &PodTableView::applyHealthFilter);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                Q_EMIT podSelected(m_datacenter, current.data(PodModel::KeyRole).toString());
        });
}

void PodTableView::applyHealthFilter()
{
    static const QList<QList<PodHealth>> filters {{}, {PodHealth::Failing}, {PodHealth::Progressing},
        {PodHealth::Healthy}, {PodHealth::Failing, PodHealth::Progressing}};
    m_proxy->setHealthFilter(filters.value(m_health->currentIndex()));
}

} // namespace meshfed
