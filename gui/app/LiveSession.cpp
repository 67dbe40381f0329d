#include "gui/app/LiveSession.h"

#include "gui/app/MainWindow.h"
#include "gui/app/SetupWorkspace.h"
#include "gui/connections/ConnectionsPanel.h"
#include "model/plan/PlanDocument.h"
#include "model/topology/TopologyModel.h"

#include <QStatusBar>

namespace meshfed {

LiveSession::LiveSession(MainWindow* window, QNetworkAccessManager* nam, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_watches(nam)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(400);
    connect(&m_debounce, &QTimer::timeout, this, &LiveSession::refreshNow);
    SetupWorkspace* setup = window->setupWorkspace();
    connect(setup->planDocument(), &PlanDocument::planChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(setup->connections(), &ConnectionsPanel::vaultHealthRead, this,
        [this](VaultState state, const QString& detail) { m_watches.topology()->setVaultState(state, detail); });
    connect(setup->connections(), &ConnectionsPanel::kubeconfigChanged, this, [this] {
        m_key.clear(); // the same contexts may now point elsewhere
        m_debounce.start();
    });
    m_debounce.start();
}

QString LiveSession::watchKey() const
{
    QStringList parts;
    for (const DatacenterPlan& dc : m_window->setupWorkspace()->planDocument()->plan().datacenters)
        parts << dc.name + u'|' + dc.kubeContext + u'|' + dc.kubeNamespace;
    return parts.join(u'\n');
}

void LiveSession::refreshNow()
{
    m_debounce.stop();
    const QString key = watchKey();
    if (key == m_key)
        return;
    m_key = key;
    SetupWorkspace* setup = m_window->setupWorkspace();
    m_window->clearWorkspace(); // its tables observe the models the new watches replace
    const QStringList problems = m_watches.watch(setup->planDocument()->plan(), setup->connections()->kubeconfig());
    if (m_watches.pods().isEmpty()) {
        m_watches.stop();
        return; // nothing to watch yet: the Setup tab says what is missing
    }
    m_window->showWorkspace({m_watches.topology(), m_watches.pods(), m_watches.details()});
    if (!problems.isEmpty())
        m_window->statusBar()->showMessage(problems.join(QStringLiteral("; ")));
}

} // namespace meshfed
