#include "services/kube/KubeClient.h"

#include "services/http/HttpMessages.h"
#include "services/http/PrivateKey.h"
#include "services/kube/KubeErrors.h"
#include "services/Logging.h"

#include <QFile>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QSslKey>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace meshfed {

/// What a request was sent with, to react to a 401.
struct KubeClient::Auth
{
    std::optional<ExecCredential> exec;
};

namespace {

void setClientCertificate(QSslConfiguration& tls, const QByteArray& certificatePem, const QByteArray& keyPem)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificatePem);
    if (chain.isEmpty())
        return;
    tls.setLocalCertificateChain(chain);
    tls.setPrivateKey(privateKeyFromPem(keyPem));
}

std::optional<QNetworkProxy> proxyFor(const QUrl& url)
{
    if (url.isEmpty())
        return std::nullopt;
    const QString scheme = url.scheme().toLower();
    const auto type = scheme.startsWith(u"socks") ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy;
    return QNetworkProxy(type, url.host(), quint16(url.port(type == QNetworkProxy::Socks5Proxy ? 1080 : 8080)),
        url.userName(), url.password());
}

} // namespace

KubeClient::KubeClient(QNetworkAccessManager* nam, ResolvedKubeContext context, QObject* parent)
    : QObject(parent)
    , m_context(std::move(context))
    , m_retry(RetryPolicy::kubernetes())
    , m_clock(&QDateTime::currentDateTimeUtc)
{
    if (const auto proxy = proxyFor(m_context.proxyUrl)) {
        m_ownNam = std::make_unique<QNetworkAccessManager>();
        m_ownNam->setProxy(*proxy);
        nam = m_ownNam.get();
    }
    m_http = std::make_unique<HttpClient>(nam);
    if (!m_context.caPem.isEmpty())
        m_tls.configuration.setCaCertificates(QSslCertificate::fromData(m_context.caPem));
    if (!m_context.clientCertificatePem.isEmpty())
        setClientCertificate(m_tls.configuration, m_context.clientCertificatePem, m_context.clientKeyPem);
    m_tls.peerVerifyName = m_context.tlsServerName;
    m_tls.insecureSkipVerify = m_context.insecureSkipTlsVerify;
    if (m_context.exec)
        m_exec = std::make_unique<ExecCredentialProvider>(m_context);
    for (const QString& secret : {m_context.token, m_context.password}) {
        if (!secret.isEmpty())
            m_secrets.append(secret);
    }
}

KubeClient::~KubeClient() = default;

void KubeClient::setPrompter(ExecPrompter* prompter)
{
    if (m_exec)
        m_exec->setPrompter(prompter);
}

QUrl KubeClient::urlFor(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_context.server;
    QString prefix = url.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    QStringList parts;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        parts.append(QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value)));
    url.setQuery(parts.isEmpty() ? QString() : parts.join(u'&'));
    return url;
}

HttpRequest KubeClient::request(const QByteArray& method, const QString& path, const QUrlQuery& query) const
{
    HttpRequest out(method, urlFor(path, query));
    out.setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"))
        .setHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("meshfed"))
        .setTimeout(m_timeout)
        .setCancelToken(m_cancel);
    if (m_context.server.scheme() == u"https")
        out.setTls(m_tls);
    return out;
}

QString KubeClient::currentToken()
{
    if (m_context.tokenFile.isEmpty())
        return m_context.token;
    const QDateTime now = m_clock();
    if (m_fileTokenRead.isValid() && m_fileTokenRead.secsTo(now) < 60)
        return m_fileToken.isEmpty() ? m_context.token : m_fileToken;
    QFile file(m_context.tokenFile);
    m_fileToken = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
    m_fileTokenRead = now;
    if (!m_fileToken.isEmpty() && !m_secrets.contains(m_fileToken))
        m_secrets.append(m_fileToken);
    return m_fileToken.isEmpty() ? m_context.token : m_fileToken;
}

QCoro::Task<std::optional<KubeError>> KubeClient::authorize(HttpRequest& request, Auth& used, const QByteArray& bearer)
{
    if (m_context.server.scheme() != u"https") // client-go sends no credentials over plain HTTP
        co_return std::nullopt;
    if (!bearer.isEmpty()) {
        m_secrets.append(QString::fromUtf8(bearer));
        request.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + bearer);
        co_return std::nullopt;
    }
    QString token = currentToken();
    if (m_exec) {
        const ExecCredentialProvider::Result result = co_await m_exec->credential();
        if (!result.ok()) {
            co_return KubeErrors::credentials(
                clusterName(), HttpMessages::describeCall(request.method(), request.url()), mask(result.error));
        }
        used.exec = result.credential;
        if (!result.credential.token.isEmpty()) {
            token = result.credential.token;
            if (!m_secrets.contains(token))
                m_secrets.append(token);
        }
        if (!result.credential.clientCertificatePem.isEmpty()) {
            TlsOptions tls = request.tls();
            setClientCertificate(
                tls.configuration, result.credential.clientCertificatePem, result.credential.clientKeyPem);
            request.setTls(tls);
        }
    }
    if (!token.isEmpty()) {
        request.setHeader(QByteArrayLiteral("Authorization"), "Bearer " + token.toUtf8());
    } else if (!m_context.username.isEmpty()) {
        const QByteArray pair = (m_context.username + u':' + m_context.password).toUtf8();
        request.setHeader(QByteArrayLiteral("Authorization"), "Basic " + pair.toBase64());
    }
    co_return std::nullopt;
}

void KubeClient::noteAnswer(int status, const Auth& used)
{
    if (status == 401 && m_exec && used.exec)
        m_exec->invalidate(*used.exec);
    if (status == 401 && !m_context.tokenFile.isEmpty())
        m_fileTokenRead = {}; // the file may hold a rotated token: read it again next time
}

QString KubeClient::mask(QString text) const
{
    for (const QString& secret : m_secrets) {
        if (secret.size() >= 4)
            text.replace(secret, u"***"_s);
    }
    return text;
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::call(HttpRequest request, bool retry, QByteArray bearer)
{
    KubeResult<QJsonObject> result;
    Auth used;
    const std::optional<KubeError> refused = co_await authorize(request, used, bearer);
    if (refused) {
        result.error = *refused;
        co_return result;
    }
    request.setIdempotent(retry);
    // A named policy: GCC 12 destroys a ?: temporary inside a co_await expression twice.
    RetryPolicy policy = RetryPolicy::none();
    if (retry)
        policy = m_retry;
    const HttpResponse response = co_await m_http->send(request, policy);
    noteAnswer(response.status, used);
    result.warnings = response.warnings;
    result.error = KubeErrors::fromResponse(clusterName(), response);
    if (result.error.isError()) {
        result.error.message = mask(result.error.message);
        result.error.serverMessage = mask(result.error.serverMessage);
        qCInfo(lcKube).noquote() << result.error.message;
        co_return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    if (!document.isObject()) {
        result.error = KubeErrors::invalidResponse(
            clusterName(), HttpMessages::describeCall(request.method(), request.url()), parseError.errorString());
    }
    result.value = document.object();
    co_return result;
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::get(QString path, QUrlQuery query)
{
    co_return co_await call(request(QByteArrayLiteral("GET"), path, query), true);
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::create(QString path, QJsonObject body)
{
    HttpRequest post = request(QByteArrayLiteral("POST"), path);
    post.setBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    co_return co_await call(post, false);
}

QCoro::Task<KubeResult<QJsonObject>> KubeClient::remove(QString path)
{
    co_return co_await call(request(QByteArrayLiteral("DELETE"), path), false);
}

QCoro::Task<KubeResult<std::unique_ptr<HttpStream>>> KubeClient::stream(
    QString path, QUrlQuery query, std::chrono::milliseconds idle)
{
    KubeResult<std::unique_ptr<HttpStream>> result;
    HttpRequest get = request(QByteArrayLiteral("GET"), path, query);
    get.setTimeout(idle);
    Auth used;
    const std::optional<KubeError> refused = co_await authorize(get, used);
    if (refused) {
        result.error = *refused;
        co_return result;
    }
    result.value = m_http->stream(get);
    if (used.exec) {
        const ExecCredential credential = *used.exec;
        HttpStream* stream = result.value.get();
        connect(stream, &HttpStream::headersReceived, this, [this, stream, credential] {
            if (stream->status() == 401)
                m_exec->invalidate(credential);
        });
    }
    co_return result;
}

KubeError KubeClient::errorOf(const HttpStream& stream, const QByteArray& body)
{
    KubeError error;
    const QString call = HttpMessages::describeCall(stream.request().method(), stream.request().url());
    if (stream.status() >= 400)
        error = KubeErrors::fromStatus(clusterName(), call, stream.status(), body);
    else if (stream.error().isError())
        error = KubeErrors::fromTransport(clusterName(), stream.error());
    error.message = mask(error.message);
    error.serverMessage = mask(error.serverMessage);
    if (stream.status() == 401 && !m_context.tokenFile.isEmpty())
        m_fileTokenRead = {};
    return error;
}

} // namespace meshfed
