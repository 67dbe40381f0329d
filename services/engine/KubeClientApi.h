#pragma once

#include "services/engine/KubeApi.h"
#include "services/kube/KubeClient.h"

#include <memory>

namespace meshfed {

/// KubeApi over services/kube/KubeClient (exec credential plugins, tokenFile, retries of reads,
/// masked messages): the engine's Kubernetes calls for one kubeconfig context.
///
/// Usage:
///     auto api = std::make_shared<KubeClientApi>(&nam, *kubeconfig.resolve(u"sim-dc1"_s, &problems));
///     KubeReply reply = co_await api->call(call);
class KubeClientApi : public KubeApi
{
public:
    KubeClientApi(QNetworkAccessManager* nam, ResolvedKubeContext context);

    QUrl server() const override { return m_client->context().server; }
    QByteArray caPem() const override { return m_client->context().caPem; }
    void setCancelToken(CancelToken* token) override { m_client->setCancelToken(token); }
    QCoro::Task<KubeReply> call(KubeCall call) override;
    KubeClient& client() { return *m_client; }

private:
    QCoro::Task<KubeReply> logs(KubeCall call);
    QCoro::Task<KubeReply> review(KubeCall call);

    std::unique_ptr<KubeClient> m_client;
};

} // namespace meshfed
