#pragma once

#include "model/kube/Kubeconfig.h"
#include "services/engine/KubeApi.h"
#include "services/http/HttpClient.h"

#include <QCoreApplication>
#include <QPointer>

namespace meshfed {

/// KubeApi over HttpClient for a resolved kubeconfig context: bearer token or client certificate,
/// the context's CA. GETs are retried with RetryPolicy::kubernetes(). Exec credential plugins are
/// not run here (the Kubernetes client of services/kube does that).
///
/// Usage:
///     auto api = std::make_shared<RestKubeApi>(&nam, *kubeconfig.resolve(u"sim-dc1"_s, &problems));
class RestKubeApi : public KubeApi
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::RestKubeApi)

public:
    RestKubeApi(QNetworkAccessManager* nam, ResolvedKubeContext context);

    QUrl server() const override { return m_context.server; }
    QByteArray caPem() const override { return m_context.caPem; }
    void setCancelToken(CancelToken* token) override { m_cancel = token; }
    QCoro::Task<KubeReply> call(KubeCall call) override;

private:
    HttpRequest build(const KubeCall& call) const;

    HttpClient m_http;
    ResolvedKubeContext m_context;
    TlsOptions m_tls;
    QPointer<CancelToken> m_cancel;
};

} // namespace meshfed
