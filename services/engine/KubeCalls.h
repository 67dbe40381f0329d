#pragma once

#include "services/engine/EngineContext.h"

#include <QJsonArray>

namespace meshfed {

/// Small coroutine helpers over KubeApi for the steps; each logs what it read or wrote.
namespace kube {

QString nsPath(const QString& ns, const QString& resource, const QString& name = {});
QString clusterPath(const QString& group, const QString& resource, const QString& name = {});
QCoro::Task<KubeReply> get(EngineContext& c, QString datacenter, QString path);
QCoro::Task<KubeReply> create(EngineContext& c, QString datacenter, QString collectionPath, QJsonObject body);
QCoro::Task<KubeReply> remove(EngineContext& c, QString datacenter, QString path);
QCoro::Task<QList<QJsonObject>> listPods(EngineContext& c, QString datacenter, QString labelSelector, QString* error);
bool podReady(const QJsonObject& pod);
QString podName(const QJsonObject& pod);
/// A failed call as one line: the Status message, else the transport error.
QString describe(const KubeReply& reply);

} // namespace kube

/// Polls `probe` until it answers true, the bound passes or the run is cancelled, reporting the
/// wait (what, elapsed, bound) to the steps panel. Returns probe's last answer.
QCoro::Task<bool> waitUntil(
    EngineContext& c, QString what, std::chrono::milliseconds bound, std::function<QCoro::Task<bool>()> probe);

} // namespace meshfed
