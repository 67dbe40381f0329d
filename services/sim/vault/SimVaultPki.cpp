// The PKI secrets engine of the simulated Vault: roots (a second one adds an issuer, as Vault
// >= 1.11 does), roles and issuing, with Vault's name checks.
#include "services/sim/vault/SimVault.h"

#include <QUuid>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kSystemMaxTtl = 768 * 3600;

bool flag(const QJsonValue& value, bool fallback)
{
    if (value.isBool())
        return value.toBool();
    if (value.isString())
        return value.toString() == u"true"_s;
    return fallback;
}

SimPkiRole roleFrom(const QJsonObject& body)
{
    SimPkiRole role;
    role.allowedDomains = vaultStringList(body.value(u"allowed_domains"_s));
    role.allowSubdomains = flag(body.value(u"allow_subdomains"_s), false);
    role.allowBareDomains = flag(body.value(u"allow_bare_domains"_s), false);
    role.allowLocalhost = flag(body.value(u"allow_localhost"_s), true);
    role.allowAnyName = flag(body.value(u"allow_any_name"_s), false);
    role.allowIpSans = flag(body.value(u"allow_ip_sans"_s), true);
    role.generateLease = flag(body.value(u"generate_lease"_s), false);
    role.maxTtlSeconds = std::max<qint64>(0, parseVaultDuration(body.value(u"max_ttl"_s)));
    role.ttlSeconds = std::max<qint64>(0, parseVaultDuration(body.value(u"ttl"_s)));
    return role;
}

QJsonObject roleJson(const SimPkiRole& role)
{
    return {{u"allowed_domains"_s, QJsonArray::fromStringList(role.allowedDomains)},
        {u"allow_subdomains"_s, role.allowSubdomains}, {u"allow_bare_domains"_s, role.allowBareDomains},
        {u"allow_localhost"_s, role.allowLocalhost}, {u"allow_any_name"_s, role.allowAnyName},
        {u"allow_ip_sans"_s, role.allowIpSans}, {u"generate_lease"_s, role.generateLease},
        {u"max_ttl"_s, role.maxTtlSeconds}, {u"ttl"_s, role.ttlSeconds}, {u"key_type"_s, u"rsa"_s}};
}

bool nameAllowed(const SimPkiRole& role, const QString& name)
{
    if (role.allowAnyName)
        return true;
    if (name == u"localhost"_s || name == u"localdomain"_s)
        return role.allowLocalhost;
    const bool wildcard = name.startsWith(u"*."_s);
    const QString base = wildcard ? name.mid(2) : name;
    for (const QString& domain : role.allowedDomains) {
        if (!wildcard && role.allowBareDomains && base == domain)
            return true;
        if (role.allowSubdomains && (base.endsWith(u'.' + domain) || (wildcard && base == domain)))
            return true;
    }
    return false;
}

} // namespace

VaultReply SimVault::pki(const QString& mount, const QString& rest, const IncomingRequest& request)
{
    SimPki& engine = m_pki[mount];
    const QByteArray method = vaultMethod(request);
    const QJsonObject body = request.json().object();
    const qint64 mountMax
        = m_mounts.value(mount + u'/').maxLeaseTtl ? m_mounts.value(mount + u'/').maxLeaseTtl : kSystemMaxTtl;

    if (rest == u"root/generate/internal"_s || rest == u"root/generate/exported"_s) {
        const QString commonName = body.value(u"common_name"_s).toString();
        if (commonName.isEmpty())
            return VaultReply::error(400, {u"the common_name field is required"_s});
        QJsonArray warnings;
        qint64 ttl = body.contains(u"ttl"_s) ? parseVaultDuration(body.value(u"ttl"_s)) : mountMax;
        if (ttl > mountMax) {
            warnings << u"TTL of \"%1\" is greater than the mount's max TTL; capping it"_s.arg(
                body.value(u"ttl"_s).toString());
            ttl = mountMax;
        }
        auto authority = std::make_shared<SimCertificateAuthority>(SimCertificateAuthority::create(commonName, ttl));
        const SimPkiIssuer issuer {QUuid::createUuid().toString(QUuid::WithoutBraces), authority};
        engine.issuers << issuer;
        const IssuedCertificate& cert = authority->certificate();
        QJsonObject data {{u"certificate"_s, QString::fromUtf8(cert.certificatePem)},
            {u"issuing_ca"_s, QString::fromUtf8(cert.certificatePem)}, {u"serial_number"_s, cert.serialNumber},
            {u"expiration"_s, cert.notAfter.toSecsSinceEpoch()}, {u"issuer_id"_s, issuer.id}, {u"issuer_name"_s, u""_s},
            {u"key_id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)}, {u"key_name"_s, u""_s}};
        if (rest.endsWith(u"exported"_s))
            data.insert(u"private_key"_s, QString::fromUtf8(cert.privateKeyPem));
        return VaultReply::data(data, warnings);
    }
    if (rest == u"cert/ca"_s) {
        const QString pem = engine.issuers.isEmpty()
            ? QString()
            : QString::fromUtf8(engine.issuers.first().authority->certificate().certificatePem);
        return VaultReply::data({{u"certificate"_s, pem}, {u"revocation_time"_s, 0}});
    }
    if (rest == u"issuers"_s) {
        QStringList ids;
        for (const SimPkiIssuer& issuer : engine.issuers)
            ids << issuer.id;
        return ids.isEmpty() ? VaultReply::notFound()
                             : VaultReply::data({{u"keys"_s, QJsonArray::fromStringList(ids)}});
    }
    if (rest == u"roles"_s && method == "LIST") {
        const QStringList names = engine.roles.keys();
        return names.isEmpty() ? VaultReply::notFound()
                               : VaultReply::data({{u"keys"_s, QJsonArray::fromStringList(names)}});
    }
    if (rest.startsWith(u"roles/"_s)) {
        const QString name = rest.mid(6);
        if (method == "GET")
            return engine.roles.contains(name) ? VaultReply::data(roleJson(engine.roles.value(name)))
                                               : VaultReply::notFound();
        if (method == "DELETE") {
            engine.roles.remove(name);
            return VaultReply::noContent();
        }
        engine.roles.insert(name, roleFrom(body));
        return VaultReply::data(roleJson(engine.roles.value(name))); // recent Vault answers 200 with the role
    }
    if (rest.startsWith(u"issue/"_s)) {
        const QString name = rest.mid(6);
        if (!engine.roles.contains(name))
            return VaultReply::error(400, {u"unknown role: %1"_s.arg(name)});
        if (engine.issuers.isEmpty())
            return VaultReply::error(400, {u"no default issuer currently configured"_s});
        const SimPkiRole& role = engine.roles[name];
        const QString commonName = body.value(u"common_name"_s).toString();
        if (!commonName.isEmpty() && !nameAllowed(role, commonName))
            return VaultReply::error(400, {u"common name %1 not allowed by this role"_s.arg(commonName)});
        QStringList dnsNames = vaultStringList(body.value(u"alt_names"_s));
        for (const QString& alt : std::as_const(dnsNames)) {
            if (!nameAllowed(role, alt))
                return VaultReply::error(400, {u"subject alternate name %1 not allowed by this role"_s.arg(alt)});
        }
        const QStringList ips = vaultStringList(body.value(u"ip_sans"_s));
        if (!ips.isEmpty() && !role.allowIpSans)
            return VaultReply::error(400,
                {u"IP Subject Alternative Names are not allowed in this role, but was "
                 u"provided %1"_s.arg(ips.join(u','))});
        QJsonArray warnings;
        qint64 ttl = body.contains(u"ttl"_s) ? parseVaultDuration(body.value(u"ttl"_s))
                                             : (role.ttlSeconds ? role.ttlSeconds : mountMax);
        const qint64 cap = std::min(role.maxTtlSeconds ? role.maxTtlSeconds : mountMax, mountMax);
        if (ttl > cap) {
            if (body.contains(u"ttl"_s))
                warnings << u"TTL is greater than the role's max TTL; capping it"_s;
            ttl = cap;
        }
        if (!commonName.isEmpty() && !dnsNames.contains(commonName))
            dnsNames.prepend(commonName);
        const SimCertificateAuthority& ca = *engine.issuers.first().authority;
        const IssuedCertificate leaf = ca.issue(commonName, dnsNames, ips, ttl);
        const QString caPem = QString::fromUtf8(ca.certificate().certificatePem);
        return VaultReply::data(
            {{u"certificate"_s, QString::fromUtf8(leaf.certificatePem)}, {u"issuing_ca"_s, caPem},
                {u"ca_chain"_s, QJsonArray {caPem}}, {u"private_key"_s, QString::fromUtf8(leaf.privateKeyPem)},
                {u"private_key_type"_s, u"ec"_s}, {u"serial_number"_s, leaf.serialNumber},
                {u"expiration"_s, leaf.notAfter.toSecsSinceEpoch()}},
            warnings);
    }
    return VaultReply::error(404, {u"no handler for route \"%1/%2\". route entry not found."_s.arg(mount, rest)});
}

} // namespace meshfed
