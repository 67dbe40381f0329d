#pragma once

#include "services/kube/PodDetailsSource.h"

#include <QCoro/QCoroTask>
#include <QHash>
#include <QPointer>

namespace meshfed {

class HttpStream;
class KubeClient;

/// Pod details from real API servers: the pod's events (fieldSelector on its uid), a container's
/// last log lines, and a followed log as a stream — one followed container at a time.
///
/// Usage:
///     KubePodDetailsSource details;
///     details.addCluster(u"dc1"_s, &kubeClientOfDc1);
///     detailsView = new PodDetailsView(&details);
class KubePodDetailsSource : public PodDetailsSource
{
    Q_OBJECT

public:
    using PodDetailsSource::PodDetailsSource;
    ~KubePodDetailsSource() override;

    void addCluster(const QString& datacenter, KubeClient* client);
    void clear();

    void requestEvents(const PodRef& pod) override;
    void requestLogs(const PodRef& pod, const QString& container, int tailLines) override;
    void setFollow(const PodRef& pod, const QString& container, bool follow) override;

private:
    void stopFollowing();
    KubeClient* clientFor(const PodRef& pod);
    QCoro::Task<> fetchEvents(PodRef pod);
    QCoro::Task<> fetchLogs(PodRef pod, QString container, int tailLines);
    QCoro::Task<> follow(PodRef pod, QString container, quint64 generation);

    QHash<QString, KubeClient*> m_clients;
    quint64 m_followGeneration = 0;
    QPointer<HttpStream> m_followed; ///< owned by the follow() coroutine; cancelled to stop it
};

} // namespace meshfed
