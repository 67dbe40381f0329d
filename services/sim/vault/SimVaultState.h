#pragma once

#include "services/sim/http/HttpExchange.h"
#include "services/sim/SimCrypto.h"
#include "services/sim/vault/SimVaultPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <memory>

namespace meshfed {

/// The answer of a simulated Vault endpoint.
struct VaultReply
{
    int status = 204;
    QJsonObject body;
    HttpHeaders headers;

    static VaultReply error(int status, const QStringList& messages);
    static VaultReply permissionDenied();
    static VaultReply data(const QJsonObject& data, const QJsonArray& warnings = {});
    static VaultReply noContent() { return {}; }
    static VaultReply notFound() { return error(404, {}); }
};

struct SimVaultToken
{
    QString id;
    QString accessor;
    QStringList policies;
    QString displayName;
    qint64 ttlSeconds = 0; ///< 0: never expires (root)
    QJsonObject metadata;
    QDateTime created;
};

struct SimVaultMount
{
    QString type; ///< kv, pki, kubernetes, system, token, cubbyhole, identity
    int kvVersion = 0;
    QString accessor;
    QString uuid;
    qint64 defaultLeaseTtl = 0;
    qint64 maxLeaseTtl = 0;
    QString description;
};

struct SimKvVersion
{
    QJsonObject data;
    QDateTime created;
    QDateTime deleted;
    bool destroyed = false;
};

struct SimKvSecret
{
    QList<SimKvVersion> versions; ///< version n at index n-1
};

struct SimKubeAuthRole
{
    QStringList serviceAccounts;
    QStringList namespaces;
    QStringList policies;
    qint64 ttlSeconds = 0;
    QString audience;
};

struct SimKubeAuth
{
    QJsonObject config; ///< kubernetes_host, kubernetes_ca_cert, token_reviewer_jwt, disable_local_ca_jwt
    QMap<QString, SimKubeAuthRole> roles;
};

struct SimPkiIssuer
{
    QString id;
    std::shared_ptr<SimCertificateAuthority> authority;
};

struct SimPkiRole
{
    QStringList allowedDomains;
    bool allowSubdomains = false;
    bool allowBareDomains = false;
    bool allowLocalhost = true;
    bool allowAnyName = false;
    bool allowIpSans = true;
    bool generateLease = false;
    qint64 maxTtlSeconds = 0;
    qint64 ttlSeconds = 0;
};

struct SimPki
{
    QList<SimPkiIssuer> issuers; ///< the first is the default
    QMap<QString, SimPkiRole> roles;
};

/// The operation a request asks for: GET ?list=true is LIST, PUT is POST.
inline QByteArray vaultMethod(const IncomingRequest& request)
{
    if (request.method == "GET" && request.query.queryItemValue(QStringLiteral("list")) == QStringLiteral("true"))
        return "LIST";
    return request.method == "PUT" ? QByteArray("POST") : request.method;
}

/// A Vault list parameter: a JSON array, or a comma-separated string ("a, b"), trimmed.
inline QStringList vaultStringList(const QJsonValue& value)
{
    QStringList list;
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            list << item.toString().trimmed();
        return list;
    }
    for (const QString& item : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        list << item.trimmed();
    return list;
}

/// Go-style durations ("87600h", "1h30m", "90s") or integer seconds; -1 when unreadable.
qint64 parseVaultDuration(const QJsonValue& value);

} // namespace meshfed
