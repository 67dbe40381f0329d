#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

namespace meshfed {

/// Which pod: its datacenter (cluster), namespace, name and uid.
struct PodRef
{
    QString datacenter;
    QString namespaceName;
    QString name;
    QString uid;

    bool operator==(const PodRef&) const = default;
};

/// One Kubernetes Event about a pod, as `kubectl describe pod` lists them.
struct PodEventRecord
{
    QString type;   ///< Normal, Warning
    QString reason; ///< BackOff, Pulled, Failed, ...
    QString message;
    QString source; ///< source.component, e.g. kubelet
    int count = 1;
    QDateTime lastSeen;

    /// From a core/v1 Event object (lastTimestamp, else eventTime, else firstTimestamp).
    static PodEventRecord fromJson(const QJsonObject& event);
};

/// Where the pod details come from: recent events and container logs of one pod, asynchronously.
/// KubePodDetailsSource implements it over KubeClient; SimPodDetailsSource in-process for tests.
///
/// Usage:
///     connect(source, &PodDetailsSource::logsReady, this, &PodDetailsView::onLogs);
///     source->requestLogs(pod, u"vault-agent-init"_s, 200);   // answers with logsReady or failed
///     source->setFollow(pod, u"vault-agent-init"_s, true);    // then logLineAppended per new line
/// Answers are always delivered later (never from inside the request call). One followed
/// container at a time: following another one stops the previous.
class PodDetailsSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void requestEvents(const PodRef& pod) = 0;
    virtual void requestLogs(const PodRef& pod, const QString& container, int tailLines) = 0;
    virtual void setFollow(const PodRef& pod, const QString& container, bool follow) = 0;

Q_SIGNALS:
    void eventsReady(const meshfed::PodRef& pod, const QList<meshfed::PodEventRecord>& events);
    void logsReady(const meshfed::PodRef& pod, const QString& container, const QStringList& lines);
    void logLineAppended(const meshfed::PodRef& pod, const QString& container, const QString& line);
    void failed(const meshfed::PodRef& pod, const QString& message);
};

} // namespace meshfed
