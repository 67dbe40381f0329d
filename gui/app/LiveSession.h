#pragma once

#include "services/session/ClusterWatches.h"

#include <QObject>
#include <QTimer>

class QNetworkAccessManager;

namespace meshfed {

class MainWindow;

/// The window's live view of real clusters: whenever the plan's datacenters, their contexts or
/// namespaces, or the kubeconfig change, it restarts the watches (ClusterWatches) and shows them.
/// Edits elsewhere in the plan (addresses, policies) leave the watches alone.
///
/// Usage (main, when not in demo mode):
///     LiveSession live(&window, &nam);   // follows window.setupWorkspace()'s plan and connections
class LiveSession : public QObject
{
    Q_OBJECT

public:
    LiveSession(MainWindow* window, QNetworkAccessManager* nam, QObject* parent = nullptr);

    ClusterWatches& watches() { return m_watches; }
    /// Applies pending changes now instead of after the short pause that gathers typing.
    void refreshNow();

private:
    QString watchKey() const;

    MainWindow* m_window;
    ClusterWatches m_watches;
    QTimer m_debounce;
    QString m_key;
};

} // namespace meshfed
