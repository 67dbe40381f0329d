#pragma once

#include "model/kube/PodStatus.h"
#include "services/kube/PodDetailsSource.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;
class QTreeWidget;

namespace meshfed {

/// The details of one pod: its containers and init containers (state, reason, exit code,
/// restarts), its recent events, and the log of a chosen container with tail and follow.
/// A pod whose init container fails opens on that container's log (e.g. vault-agent-init).
///
/// Usage:
///     PodDetailsView details(&source);               // any PodDetailsSource
///     details.showPod(u"dc2"_s, podSummary);          // from a table or the topology
class PodDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit PodDetailsView(PodDetailsSource* source, QWidget* parent = nullptr);

    void showPod(const QString& datacenter, const PodSummary& pod);
    /// The shown pod changed (a watch event): refreshes its title and containers, keeps the log.
    void updatePod(const PodSummary& pod);
    void clear();
    PodRef currentPod() const { return m_pod; }
    QString currentContainer() const;
    QString logText() const;
    int eventCount() const;

    /// The container to open first: a failing init container, else a failing container, else the first.
    static QString initialContainer(const PodSummary& pod);

private:
    void buildContainers(const PodSummary& pod);
    void setTitle(const PodSummary& pod);
    void requestLog();
    void onEvents(const PodRef& pod, const QList<PodEventRecord>& events);
    void onLogs(const PodRef& pod, const QString& container, const QStringList& lines);
    void onLogLine(const PodRef& pod, const QString& container, const QString& line);
    void onFailed(const PodRef& pod, const QString& message);

    QPointer<PodDetailsSource> m_source;
    PodRef m_pod;
    QLabel* m_title;
    QTreeWidget* m_containers;
    QTreeWidget* m_events;
    QComboBox* m_container;
    QSpinBox* m_tail;
    QCheckBox* m_follow;
    QPlainTextEdit* m_log;
};

} // namespace meshfed
