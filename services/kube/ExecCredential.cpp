#include "services/kube/ExecCredential.h"

#include "model/kube/PodStatus.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace meshfed {

QByteArray ExecProtocol::execInfo(const ResolvedKubeContext& context, bool interactive)
{
    QJsonObject spec {{u"interactive"_s, interactive}};
    if (context.exec && context.exec->provideClusterInfo) {
        QJsonObject cluster {{u"server"_s, context.server.toString()}};
        if (!context.tlsServerName.isEmpty())
            cluster.insert(u"tls-server-name"_s, context.tlsServerName);
        if (context.insecureSkipTlsVerify)
            cluster.insert(u"insecure-skip-tls-verify"_s, true);
        if (!context.caPem.isEmpty())
            cluster.insert(u"certificate-authority-data"_s, QString::fromLatin1(context.caPem.toBase64()));
        if (!context.proxyUrl.isEmpty())
            cluster.insert(u"proxy-url"_s, context.proxyUrl.toString());
        if (context.disableCompression)
            cluster.insert(u"disable-compression"_s, true);
        if (!context.execExtensionJson.isEmpty())
            cluster.insert(u"config"_s, QJsonDocument::fromJson(context.execExtensionJson).object());
        spec.insert(u"cluster"_s, cluster);
    }
    const QJsonObject info {{u"kind"_s, u"ExecCredential"_s},
        {u"apiVersion"_s, context.exec ? context.exec->apiVersion : QString()}, {u"spec"_s, spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

std::optional<ExecCredential> ExecProtocol::parse(const QByteArray& output, const QString& apiVersion, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (!document.isObject()) {
        *error = tr("the plugin's output is not an ExecCredential JSON object (%1).").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (root.value(u"kind"_s).toString() != u"ExecCredential") {
        *error
            = tr("the plugin's output is not an ExecCredential (kind \"%1\").").arg(root.value(u"kind"_s).toString());
        return std::nullopt;
    }
    const QString got = root.value(u"apiVersion"_s).toString();
    if (got != apiVersion) {
        *error = tr("the plugin answered with apiVersion \"%1\", but the kubeconfig asks for \"%2\".")
                     .arg(got, apiVersion);
        return std::nullopt;
    }
    const QJsonObject status = root.value(u"status"_s).toObject();
    ExecCredential credential;
    credential.token = status.value(u"token"_s).toString();
    credential.clientCertificatePem = status.value(u"clientCertificateData"_s).toString().toUtf8();
    credential.clientKeyPem = status.value(u"clientKeyData"_s).toString().toUtf8();
    if (credential.clientCertificatePem.isEmpty() != credential.clientKeyPem.isEmpty()) {
        *error = tr("the plugin's ExecCredential has only one of clientCertificateData and clientKeyData.");
        return std::nullopt;
    }
    if (credential.isEmpty()) {
        *error = tr("the plugin's ExecCredential has neither a token nor a client certificate.");
        return std::nullopt;
    }
    const QString expiry = status.value(u"expirationTimestamp"_s).toString();
    if (!expiry.isEmpty()) {
        credential.expiration = parseKubeTimestamp(expiry);
        if (!credential.expiration.isValid()) {
            *error = tr("the plugin's expirationTimestamp \"%1\" is not an RFC 3339 time.").arg(expiry);
            return std::nullopt;
        }
    }
    return credential;
}

QString ExecProtocol::findIn(const QString& command, const QStringList& folders)
{
    for (const QString& folder : folders) {
        const QFileInfo candidate(folder + u'/' + command);
        if (candidate.isFile() && candidate.isExecutable())
            return candidate.absoluteFilePath();
    }
    return {};
}

QStringList ExecProtocol::pathFolders(const QString& path)
{
    return path.split(u':', Qt::SkipEmptyParts);
}

QString ExecProtocol::notFoundMessage(const QString& command, const QStringList& searched, const QString& installHint)
{
    QString message = tr("exec: executable %1 not found").arg(command);
    if (!searched.isEmpty())
        message += u' ' + tr("(searched: %1)").arg(searched.join(u", "_s));
    message += u'.';
    message += u' '
        + tr("It looks like you are trying to use a client-go credential plugin that is not installed. An "
             "application started from a desktop launcher may not see the PATH of your login shell.");
    if (!installHint.trimmed().isEmpty())
        message += u"\n\n"_s + installHint.trimmed();
    return message;
}

QString ExecProtocol::quoteStderr(const QByteArray& stderrText, const QString& secret, qsizetype limit)
{
    QString text = QString::fromUtf8(stderrText).trimmed();
    if (!secret.isEmpty())
        text.replace(secret, u"***"_s);
    if (text.size() > limit)
        text = text.left(limit) + u'…';
    return text;
}

} // namespace meshfed
