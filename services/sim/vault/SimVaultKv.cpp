// KV secrets engines of the simulated Vault: version 2 (versions, metadata, check-and-set) and 1.
#include "services/sim/vault/SimVault.h"

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QString timestamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject versionMetadata(const SimKvVersion& version, int number)
{
    return {{u"created_time"_s, timestamp(version.created)}, {u"custom_metadata"_s, QJsonValue::Null},
        {u"deletion_time"_s, timestamp(version.deleted)}, {u"destroyed"_s, version.destroyed}, {u"version"_s, number}};
}

/// Immediate children of `dir` among `paths`: names, and folders with a trailing '/'.
QStringList childrenOf(const QStringList& paths, const QString& dir)
{
    const QString prefix = dir.isEmpty() || dir.endsWith(u'/') ? dir : dir + u'/';
    QStringList keys;
    for (const QString& path : paths) {
        if (!path.startsWith(prefix))
            continue;
        const QString rest = path.mid(prefix.size());
        const qsizetype slash = rest.indexOf(u'/');
        const QString key = slash < 0 ? rest : rest.left(slash + 1);
        if (!keys.contains(key))
            keys << key;
    }
    return keys;
}

VaultReply readVersion(const SimKvSecret& secret, int requested)
{
    const int number = requested > 0 ? requested : int(secret.versions.size());
    if (number < 1 || number > secret.versions.size())
        return VaultReply::notFound();
    const SimKvVersion& version = secret.versions.at(number - 1);
    const bool gone = version.deleted.isValid() || version.destroyed;
    VaultReply reply = VaultReply::data({{u"data"_s, gone ? QJsonValue(QJsonValue::Null) : QJsonValue(version.data)},
        {u"metadata"_s, versionMetadata(version, number)}});
    if (gone)
        reply.status = 404;
    return reply;
}

} // namespace

VaultReply SimVault::kv(const QString& mount, const QString& rest, const IncomingRequest& request)
{
    QMap<QString, SimKvSecret>& secrets = m_kv[mount];
    const QByteArray method = vaultMethod(request);
    if (rest.startsWith(u"data/"_s)) {
        const QString path = rest.mid(5);
        if (method == "GET")
            return secrets.contains(path)
                ? readVersion(secrets.value(path), request.query.queryItemValue(u"version"_s).toInt())
                : VaultReply::notFound();
        if (method == "DELETE") {
            if (secrets.contains(path))
                secrets[path].versions.last().deleted = QDateTime::currentDateTimeUtc();
            return VaultReply::noContent();
        }
        const QJsonObject body = request.json().object();
        if (!body.value(u"data"_s).isObject())
            return VaultReply::error(400, {u"no data provided"_s});
        const int current = secrets.contains(path) ? int(secrets.value(path).versions.size()) : 0;
        const QJsonValue cas = body.value(u"options"_s).toObject().value(u"cas"_s);
        if (!cas.isUndefined() && cas.toInt(-1) != current)
            return VaultReply::error(400, {u"check-and-set parameter did not match the current version"_s});
        SimKvSecret& secret = secrets[path];
        secret.versions << SimKvVersion {body.value(u"data"_s).toObject(), QDateTime::currentDateTimeUtc(), {}, false};
        return VaultReply::data(versionMetadata(secret.versions.last(), int(secret.versions.size())));
    }
    if (rest.startsWith(u"metadata"_s)) {
        const QString path = rest.mid(9);
        if (method == "LIST") {
            const QStringList keys = childrenOf(secrets.keys(), path);
            return keys.isEmpty() ? VaultReply::notFound()
                                  : VaultReply::data({{u"keys"_s, QJsonArray::fromStringList(keys)}});
        }
        if (method == "DELETE") {
            secrets.remove(path);
            return VaultReply::noContent();
        }
        if (!secrets.contains(path))
            return VaultReply::notFound();
        const SimKvSecret& secret = secrets.value(path);
        QJsonObject versions;
        for (int i = 0; i < secret.versions.size(); ++i)
            versions.insert(QString::number(i + 1), versionMetadata(secret.versions.at(i), i + 1));
        return VaultReply::data(
            {{u"cas_required"_s, false}, {u"created_time"_s, timestamp(secret.versions.first().created)},
                {u"current_version"_s, int(secret.versions.size())}, {u"max_versions"_s, 0}, {u"oldest_version"_s, 1},
                {u"updated_time"_s, timestamp(secret.versions.last().created)}, {u"versions"_s, versions}});
    }
    if (rest == u"config"_s)
        return VaultReply::data(
            {{u"cas_required"_s, false}, {u"delete_version_after"_s, u"0s"_s}, {u"max_versions"_s, 0}});
    return VaultReply::error(404, {u"no handler for route \"%1/%2\". route entry not found."_s.arg(mount, rest)});
}

VaultReply SimVault::kvV1(const QString& mount, const QString& rest, const IncomingRequest& request)
{
    QMap<QString, QJsonObject>& secrets = m_kvV1[mount];
    const QByteArray method = vaultMethod(request);
    if (method == "LIST") {
        const QStringList keys = childrenOf(secrets.keys(), rest);
        return keys.isEmpty() ? VaultReply::notFound()
                              : VaultReply::data({{u"keys"_s, QJsonArray::fromStringList(keys)}});
    }
    if (method == "GET")
        return secrets.contains(rest) ? VaultReply::data(secrets.value(rest)) : VaultReply::notFound();
    if (method == "DELETE") {
        secrets.remove(rest);
        return VaultReply::noContent();
    }
    secrets.insert(rest, request.json().object());
    return VaultReply::noContent();
}

} // namespace meshfed
