#include "services/engine/RestKubeApi.h"

#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslKey>

namespace meshfed {

using namespace Qt::StringLiterals;

RestKubeApi::RestKubeApi(QNetworkAccessManager* nam, ResolvedKubeContext context)
    : m_http(nam)
    , m_context(std::move(context))
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    if (!m_context.caPem.isEmpty())
        tls.setCaCertificates(QSslCertificate::fromData(m_context.caPem, QSsl::Pem));
    if (!m_context.clientCertificatePem.isEmpty()) {
        const QList<QSslCertificate> certificates = QSslCertificate::fromData(m_context.clientCertificatePem);
        if (!certificates.isEmpty())
            tls.setLocalCertificate(certificates.first());
        QSslKey key(m_context.clientKeyPem, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(m_context.clientKeyPem, QSsl::Ec);
        tls.setPrivateKey(key);
    }
    m_tls.configuration = tls;
    m_tls.peerVerifyName = m_context.tlsServerName;
    m_tls.insecureSkipVerify = m_context.insecureSkipTlsVerify;
}

HttpRequest RestKubeApi::build(const KubeCall& call) const
{
    QUrl url = m_context.server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + call.path);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    HttpRequest request(call.method, url);
    request.setTls(m_tls).setCancelToken(m_cancel.data()).setIdempotent(call.method == "GET");
    request.setHeader("Accept", "application/json");
    const QString token = call.bearer.isEmpty() ? m_context.token : call.bearer;
    if (!token.isEmpty())
        request.setHeader("Authorization", "Bearer " + token.toUtf8());
    if (call.body)
        request.setBody(QJsonDocument(*call.body).toJson(QJsonDocument::Compact));
    return request;
}

QCoro::Task<KubeReply> RestKubeApi::call(KubeCall call)
{
    KubeReply reply;
    if (m_context.exec && m_context.token.isEmpty()) {
        reply.error = tr("The context %1 needs an exec credential plugin, which the setup engine's Kubernetes "
                         "adapter does not run yet.")
                          .arg(m_context.contextName);
        co_return reply;
    }
    const HttpRequest request = build(call);
    const RetryPolicy policy = call.method == "GET" ? RetryPolicy::kubernetes() : RetryPolicy::none();
    const HttpResponse response = co_await m_http.send(request, policy);
    reply.status = response.status;
    reply.body = response.body;
    reply.json = QJsonDocument::fromJson(response.body).object();
    if (response.status == 0 || (response.error.isError() && response.error.kind != HttpErrorKind::HttpStatus))
        reply.error = response.error.message;
    co_return reply;
}

} // namespace meshfed
