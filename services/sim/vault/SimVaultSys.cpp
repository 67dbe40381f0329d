// The sys/ backend of the simulated Vault: secrets engines, auth methods, ACL policies.
#include "services/sim/vault/SimVault.h"

#include <QUuid>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSystemMaxTtl = 768 * 3600; // Vault's default max lease TTL

QString mountKey(const QString& path)
{
    return path.endsWith(u'/') ? path : path + u'/';
}

} // namespace

QJsonObject SimVault::mountJson(const SimVaultMount& mount) const
{
    QJsonValue options = QJsonValue::Null;
    if (mount.type == u"kv"_s)
        options = QJsonObject {{u"version"_s, QString::number(mount.kvVersion)}};
    return {{u"type"_s, mount.type}, {u"description"_s, mount.description}, {u"accessor"_s, mount.accessor},
        {u"uuid"_s, mount.uuid}, {u"local"_s, false}, {u"seal_wrap"_s, false}, {u"external_entropy_access"_s, false},
        {u"options"_s, options},
        {u"config"_s,
            QJsonObject {{u"default_lease_ttl"_s, mount.defaultLeaseTtl}, {u"max_lease_ttl"_s, mount.maxLeaseTtl},
                {u"force_no_cache"_s, false}}}};
}

VaultReply SimVault::sys(const QString& path, const IncomingRequest& request)
{
    if (path == u"mounts"_s || path.startsWith(u"mounts/"_s))
        return mounts(path.mid(7), request, m_mounts, false);
    if (path == u"auth"_s || path.startsWith(u"auth/"_s))
        return mounts(path.mid(5), request, m_auths, true);
    if (path == u"policies/acl"_s || path.startsWith(u"policies/acl/"_s))
        return policies(path.mid(13), request);
    if (path.startsWith(u"policy/"_s)) {
        IncomingRequest legacy = request;
        QJsonObject body = request.json().object();
        if (body.contains(u"rules"_s))
            body.insert(u"policy"_s, body.value(u"rules"_s));
        legacy.body = QJsonDocument(body).toJson();
        return policies(path.mid(7), legacy);
    }
    return VaultReply::error(404, {u"no handler for route \"sys/%1\". route entry not found."_s.arg(path)});
}

VaultReply SimVault::mounts(
    const QString& rest, const IncomingRequest& request, QMap<QString, SimVaultMount>& table, bool auth)
{
    const QByteArray method = vaultMethod(request);
    if (rest.isEmpty()) {
        if (method != "GET")
            return VaultReply::error(405, {u"unsupported operation"_s});
        QJsonObject all;
        for (auto it = table.cbegin(); it != table.cend(); ++it)
            all.insert(it.key(), mountJson(*it));
        VaultReply reply = VaultReply::data(all);
        for (auto it = all.begin(); it != all.end(); ++it)
            reply.body.insert(it.key(), it.value()); // sys/mounts repeats the data at the top level
        return reply;
    }
    const bool tunePath = rest.endsWith(u"/tune"_s);
    const QString key = mountKey(tunePath ? rest.chopped(5) : rest);
    if (tunePath) {
        if (!table.contains(key))
            return VaultReply::error(400, {u"cannot fetch sysview for path \"%1\""_s.arg(key)});
        return tune(key, request, table[key]);
    }
    if (method == "POST")
        return enableMount(key, request.json().object(), table, auth);
    if (method == "DELETE") {
        table.remove(key);
        return VaultReply::noContent();
    }
    if (!table.contains(key))
        return VaultReply::error(400, {u"No secret engine mount at %1"_s.arg(key)});
    return VaultReply::data(mountJson(table.value(key)));
}

VaultReply SimVault::enableMount(
    const QString& key, const QJsonObject& body, QMap<QString, SimVaultMount>& table, bool auth)
{
    for (auto it = table.cbegin(); it != table.cend(); ++it) {
        if (key.startsWith(it.key()) || it.key().startsWith(key))
            return VaultReply::error(400, {u"path is already in use at %1"_s.arg(it.key())});
    }
    QString type = body.value(u"type"_s).toString();
    int kvVersion = 0;
    if (type == u"kv-v2"_s) {
        type = u"kv"_s;
        kvVersion = 2;
    } else if (type == u"kv"_s) {
        kvVersion = body.value(u"options"_s).toObject().value(u"version"_s).toString() == u"2"_s ? 2 : 1;
    }
    const QStringList known = auth ? QStringList {u"kubernetes"_s} : QStringList {u"kv"_s, u"pki"_s};
    if (!known.contains(type))
        return VaultReply::error(400, {u"plugin not found in the catalog: %1"_s.arg(type)});
    SimVaultMount mount {type, kvVersion, type + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(8),
        QUuid::createUuid().toString(QUuid::WithoutBraces), 0, 0, body.value(u"description"_s).toString()};
    const QJsonObject config = body.value(u"config"_s).toObject();
    if (config.contains(u"max_lease_ttl"_s))
        mount.maxLeaseTtl = parseVaultDuration(config.value(u"max_lease_ttl"_s));
    table.insert(key, mount);
    const QString name = key.chopped(1);
    if (auth)
        m_kubeAuth.insert(name, {});
    else if (type == u"pki"_s)
        m_pki.insert(name, {});
    else if (kvVersion == 2)
        m_kv.insert(name, {});
    else
        m_kvV1.insert(name, {});
    addLog(u"[INFO] core: successful mount: namespace=\"\" path=%1 type=%2"_s.arg(key, type));
    return VaultReply::noContent();
}

VaultReply SimVault::tune(const QString& key, const IncomingRequest& request, SimVaultMount& mount)
{
    Q_UNUSED(key)
    if (vaultMethod(request) == "POST") {
        const QJsonObject body = request.json().object();
        for (const auto& [field, target] : {std::pair {u"max_lease_ttl"_s, &mount.maxLeaseTtl},
                 std::pair {u"default_lease_ttl"_s, &mount.defaultLeaseTtl}}) {
            if (!body.contains(field))
                continue;
            const qint64 seconds = parseVaultDuration(body.value(field));
            if (seconds < 0)
                return VaultReply::error(400, {u"unable to parse %1"_s.arg(field)});
            *target = seconds;
        }
        return VaultReply::noContent();
    }
    const QJsonObject effective {
        {u"default_lease_ttl"_s, mount.defaultLeaseTtl ? mount.defaultLeaseTtl : kSystemMaxTtl},
        {u"max_lease_ttl"_s, mount.maxLeaseTtl ? mount.maxLeaseTtl : kSystemMaxTtl}, {u"force_no_cache"_s, false},
        {u"description"_s, mount.description}};
    VaultReply reply = VaultReply::data(effective);
    for (auto it = effective.begin(); it != effective.end(); ++it)
        reply.body.insert(it.key(), it.value());
    return reply;
}

VaultReply SimVault::policies(const QString& name, const IncomingRequest& request)
{
    const QByteArray method = vaultMethod(request);
    if (name.isEmpty()) {
        if (method != "LIST")
            return VaultReply::error(405, {u"unsupported operation"_s});
        return VaultReply::data({{u"keys"_s, QJsonArray::fromStringList(m_policyText.keys())}});
    }
    if (method == "GET") {
        if (!m_policyText.contains(name))
            return VaultReply::notFound();
        return VaultReply::data({{u"name"_s, name}, {u"policy"_s, m_policyText.value(name)}});
    }
    if (name == u"root"_s)
        return VaultReply::error(400, {u"cannot update \"root\" policy"_s});
    if (method == "DELETE") {
        if (name == u"default"_s)
            return VaultReply::error(400, {u"cannot delete \"default\" policy"_s});
        m_policyText.remove(name);
        m_policyRules.remove(name);
        return VaultReply::noContent();
    }
    const QString hcl = request.json().object().value(u"policy"_s).toString();
    QString error;
    const auto rules = parseAclPolicy(hcl, &error);
    if (!rules)
        return VaultReply::error(400, {error});
    m_policyText.insert(name, hcl);
    m_policyRules.insert(name, *rules);
    return VaultReply::noContent();
}

} // namespace meshfed
