#include "services/vault/VaultParsing.h"

#include "services/http/HttpMessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace meshfed {

std::optional<QJsonObject> VaultParsing::parseObject(const QByteArray& body)
{
    if (body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString VaultParsing::tidyMessage(const QString& message)
{
    static const QRegularExpression wrapper(u"^\\d+ errors? occurred:\\s*"_s);
    QString text = message;
    text.remove(wrapper);
    QStringList parts = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString& part : parts) {
        part = part.trimmed();
        if (part.startsWith(u"* "_s))
            part = part.mid(2);
    }
    parts.removeAll(QString());
    return parts.join(u"; "_s);
}

static QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array)
        out.append(item.toString());
    return out;
}

QStringList VaultParsing::errorMessages(const QJsonObject& body)
{
    QStringList out;
    const QStringList raw = stringList(body.value(u"errors"_s));
    for (const QString& message : raw)
        out.append(tidyMessage(message));
    out.removeAll(QString());
    return out;
}

QStringList VaultParsing::warnings(const QJsonObject& body)
{
    return stringList(body.value(u"warnings"_s));
}

VaultErrorKind VaultParsing::kindFor(int status, const QStringList& messages)
{
    const QString joined = messages.join(u' ');
    switch (status) {
    case 400:
        if (joined.contains(u"check-and-set parameter did not match"_s) || joined.contains(u"already in use"_s))
            return VaultErrorKind::AlreadyExists;
        return VaultErrorKind::BadRequest;
    case 403:
        return VaultErrorKind::PermissionDenied;
    case 404:
        return VaultErrorKind::NotFound;
    case 412:
        return VaultErrorKind::NotConsistent;
    case 429:
        return VaultErrorKind::RateLimited;
    case 501:
        return VaultErrorKind::NotInitialized;
    case 503:
        if (joined.contains(u"sealed"_s, Qt::CaseInsensitive))
            return VaultErrorKind::Sealed;
        return VaultErrorKind::ServerError;
    default:
        return status >= 500 ? VaultErrorKind::ServerError : VaultErrorKind::UnexpectedStatus;
    }
}

static QString headline(const VaultError& error, const QString& call)
{
    const QString status = QString::number(error.status);
    switch (error.kind) {
    case VaultErrorKind::BadRequest:
        return VaultParsing::tr("Vault rejected %1 (HTTP %2)").arg(call, status);
    case VaultErrorKind::PermissionDenied:
        return VaultParsing::tr("Permission denied on %1 (%2, HTTP 403)").arg(error.path, call);
    case VaultErrorKind::NotFound:
        return VaultParsing::tr("Nothing found at %1 (%2, HTTP 404)").arg(error.path, call);
    case VaultErrorKind::AlreadyExists:
        return VaultParsing::tr("%1 already exists in Vault and was left unchanged (%2, HTTP %3)")
            .arg(error.path, call, status);
    case VaultErrorKind::NotConsistent:
        return VaultParsing::tr("Vault was not yet consistent for %1 (HTTP 412)").arg(call);
    case VaultErrorKind::RateLimited:
        return VaultParsing::tr("Vault's request rate limit was reached for %1 (HTTP 429)").arg(call);
    case VaultErrorKind::Sealed:
        return VaultParsing::tr("Vault is sealed (%1, HTTP 503); unseal it, then try again").arg(call);
    case VaultErrorKind::NotInitialized:
        return VaultParsing::tr("Vault is not initialized (%1, HTTP 501)").arg(call);
    case VaultErrorKind::ServerError:
        return VaultParsing::tr("Vault failed to handle %1 (HTTP %2)").arg(call, status);
    case VaultErrorKind::InvalidResponse:
        return VaultParsing::tr("Vault's answer to %1 is not the JSON expected (HTTP %2)").arg(call, status);
    default:
        return VaultParsing::tr("%1 answered HTTP %2, which was not expected").arg(call, status);
    }
}

QString VaultParsing::messageFor(const VaultError& error, const QString& call)
{
    QString text = headline(error, call);
    if (!error.messages.isEmpty() && error.kind != VaultErrorKind::Sealed)
        text += u": "_s + error.messages.join(u"; "_s);
    text += u'.';
    if (error.attempts > 1)
        text += u' ' + tr("Gave up after %1 attempts.").arg(error.attempts);
    return text;
}

static QString vaultPath(const QUrl& url)
{
    QString path = url.path();
    const qsizetype v1 = path.indexOf(u"/v1/"_s);
    return v1 >= 0 ? path.mid(v1 + 4) : path;
}

VaultError VaultParsing::errorFor(const HttpResponse& response, const QString& path)
{
    VaultError error;
    error.status = response.status;
    error.path = path.isEmpty() ? vaultPath(response.url) : path;
    error.attempts = response.attempts;
    if (response.status == 0 || response.error.kind != HttpErrorKind::HttpStatus) {
        error.kind = VaultErrorKind::Transport;
        error.transport = response.error.kind;
        error.message = response.error.message;
        if (error.attempts > 1)
            error.message += u' ' + tr("Gave up after %1 attempts.").arg(error.attempts);
        return error;
    }
    // A proxy or load balancer in front of Vault answers errors in HTML: the status still says
    // what happened (its body is not shown: it is no Vault message).
    const std::optional<QJsonObject> body = parseObject(response.body);
    if (body)
        error.messages = errorMessages(*body);
    error.kind = kindFor(response.status, error.messages);
    error.message = messageFor(error, HttpMessages::describeCall(response.method, response.url));
    return error;
}

VaultError VaultParsing::invalidResponse(const HttpResponse& response, const QString& path)
{
    VaultError error;
    error.kind = VaultErrorKind::InvalidResponse;
    error.status = response.status;
    error.path = path;
    error.attempts = response.attempts;
    error.message = messageFor(error, HttpMessages::describeCall(response.method, response.url));
    return error;
}

QJsonObject VaultParsing::data(const QJsonObject& body)
{
    const QJsonValue inner = body.value(u"data"_s);
    return inner.isObject() ? inner.toObject() : body;
}

VaultHealthState VaultParsing::healthState(int status)
{
    switch (status) {
    case 200:
        return VaultHealthState::Active;
    case 429:
        return VaultHealthState::Standby;
    case 472:
        return VaultHealthState::DrSecondary;
    case 473:
        return VaultHealthState::PerformanceStandby;
    case 474:
        return VaultHealthState::StandbyUnhealthy;
    case 501:
        return VaultHealthState::NotInitialized;
    case 503:
        return VaultHealthState::Sealed;
    case 530:
        return VaultHealthState::RemovedFromCluster;
    default:
        return VaultHealthState::Unknown;
    }
}

VaultHealth VaultParsing::health(int status, const QJsonObject& body)
{
    VaultHealth health;
    health.status = status;
    health.state = healthState(status);
    health.initialized = body.value(u"initialized"_s).toBool(health.state != VaultHealthState::NotInitialized);
    health.sealed = body.value(u"sealed"_s).toBool(health.state == VaultHealthState::Sealed);
    health.standby = body.value(u"standby"_s).toBool(health.state == VaultHealthState::Standby);
    health.version = body.value(u"version"_s).toString();
    health.clusterName = body.value(u"cluster_name"_s).toString();
    return health;
}

VaultTokenInfo VaultParsing::tokenInfo(const QJsonObject& data)
{
    VaultTokenInfo info;
    info.displayName = data.value(u"display_name"_s).toString();
    info.policies = stringList(data.value(u"policies"_s));
    info.ttlSeconds = data.value(u"ttl"_s).toInteger();
    info.renewable = data.value(u"renewable"_s).toBool();
    return info;
}

VaultMounts VaultParsing::mounts(const QJsonObject& data)
{
    VaultMounts out;
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!it.key().endsWith(u'/') || !it.value().isObject())
            continue; // older servers repeat request metadata at top level
        const QJsonObject entry = it.value().toObject();
        const QJsonObject config = entry.value(u"config"_s).toObject();
        VaultMount mount;
        mount.path = it.key();
        mount.type = entry.value(u"type"_s).toString();
        mount.description = entry.value(u"description"_s).toString();
        mount.options = entry.value(u"options"_s).toObject();
        mount.defaultLeaseTtl = config.value(u"default_lease_ttl"_s).toInteger();
        mount.maxLeaseTtl = config.value(u"max_lease_ttl"_s).toInteger();
        out.insert(mount.path, mount);
    }
    return out;
}

VaultMountTune VaultParsing::mountTune(const QJsonObject& data)
{
    return {data.value(u"default_lease_ttl"_s).toInteger(), data.value(u"max_lease_ttl"_s).toInteger(), data};
}

VaultKvSecret VaultParsing::kvSecret(const QJsonObject& body)
{
    const QJsonObject outer = body.value(u"data"_s).toObject();
    const QJsonObject metadata = outer.value(u"metadata"_s).toObject();
    VaultKvSecret secret;
    secret.version = metadata.value(u"version"_s).toInt();
    secret.deleted
        = !metadata.value(u"deletion_time"_s).toString().isEmpty() || metadata.value(u"destroyed"_s).toBool();
    secret.exists = outer.value(u"data"_s).isObject() && !secret.deleted;
    secret.data = outer.value(u"data"_s).toObject();
    return secret;
}

VaultLogin VaultParsing::login(const QJsonObject& body)
{
    const QJsonObject auth = body.value(u"auth"_s).toObject();
    VaultLogin login;
    login.clientToken = auth.value(u"client_token"_s).toString();
    login.policies = stringList(auth.value(u"policies"_s));
    login.leaseDuration = auth.value(u"lease_duration"_s).toInteger();
    login.renewable = auth.value(u"renewable"_s).toBool();
    login.metadata = auth.value(u"metadata"_s).toObject();
    return login;
}

VaultCertificate VaultParsing::certificate(const QJsonObject& data)
{
    VaultCertificate cert;
    cert.certificate = data.value(u"certificate"_s).toString();
    cert.issuingCa = data.value(u"issuing_ca"_s).toString();
    cert.caChain = stringList(data.value(u"ca_chain"_s));
    cert.privateKey = data.value(u"private_key"_s).toString();
    cert.serialNumber = data.value(u"serial_number"_s).toString();
    cert.expiration = data.value(u"expiration"_s).toInteger();
    cert.issuerId = data.value(u"issuer_id"_s).toString();
    return cert;
}

QStringList VaultParsing::listKeys(const QJsonObject& data)
{
    return stringList(data.value(u"keys"_s));
}

} // namespace meshfed
