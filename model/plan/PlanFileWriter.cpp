// Writing plan files: every key with a short comment, so a starter plan explains itself.
#include "model/plan/PlanFile.h"
#include "model/yaml/YamlWriter.h"

#include <QSaveFile>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

void writeSecret(YamlWriter& w, const QString& key, const KvSecretRef& secret, const QString& comment)
{
    w.comment(comment);
    w.beginMap(key);
    w.value(u"path"_s, secret.path, u"below the KV mount, without data/"_s);
    w.value(u"key"_s, secret.key);
    w.endMap();
}

void writeVault(YamlWriter& w, const VaultChoices& v)
{
    w.beginMap(u"vault"_s);
    w.value(u"chartVersion"_s, v.chartVersion, u"hashicorp/vault chart"_s);
    w.value(u"address"_s, v.address, u"external URL; found after installing Vault, or type it in"_s);
    w.beginMap(u"kv"_s);
    w.value(u"mount"_s, v.kvMount, u"a KV version 2 secrets engine"_s);
    writeSecret(w, u"gossip"_s, v.gossip, u"Consul's gossip encryption key"_s);
    writeSecret(w, u"bootstrapToken"_s, v.bootstrapToken, u"the primary's ACL bootstrap token"_s);
    writeSecret(w, u"replicationToken"_s, v.replicationToken, u"the ACL replication token of every datacenter"_s);
    w.endMap();
    w.beginMap(u"pki"_s);
    w.value(u"mount"_s, v.pkiMount, u"issues the Consul servers' TLS certificates"_s);
    w.value(u"maxLeaseTtl"_s, v.pkiMaxLeaseTtl);
    w.value(u"rootCommonName"_s, v.pkiRootCommonName);
    w.value(u"serverCertMaxTtl"_s, v.serverCertMaxTtl);
    w.endMap();
    w.beginMap(u"connectCA"_s);
    w.value(u"rootPath"_s, v.connectRootPath, u"service-mesh CA root; the same in every datacenter"_s);
    w.endMap();
    w.beginMap(u"policies"_s);
    w.value(u"gossip"_s, v.gossipPolicy);
    w.value(u"bootstrapToken"_s, v.bootstrapTokenPolicy);
    w.value(u"replicationToken"_s, v.replicationTokenPolicy);
    w.value(u"ca"_s, v.caPolicy);
    w.endMap();
    w.beginMap(u"roles"_s);
    w.value(u"server"_s, v.serverRole, u"Kubernetes auth roles, in every datacenter's auth mount"_s);
    w.value(u"client"_s, v.clientRole);
    w.value(u"aclInit"_s, v.aclInitRole);
    w.value(u"ca"_s, v.caRole);
    w.value(u"ttl"_s, v.roleTtl);
    w.value(u"caTtl"_s, v.caRoleTtl);
    w.endMap();
    w.endMap();
}

void writeDatacenter(YamlWriter& w, const DatacenterPlan& dc, bool primary)
{
    w.beginListItem();
    w.value(u"name"_s, dc.name, primary ? u"primary: runs the Vault server"_s : u"secondary"_s);
    w.value(u"kubeContext"_s, dc.kubeContext, u"kubeconfig context of this cluster"_s);
    w.value(u"namespace"_s, dc.kubeNamespace);
    w.value(u"vaultRelease"_s, dc.vaultRelease);
    w.value(u"consulRelease"_s, dc.consulRelease);
    w.value(u"authMount"_s, dc.authMount, u"Vault Kubernetes auth mount, without auth/"_s);
    w.value(u"pkiRole"_s, dc.pkiRole);
    w.value(u"certPolicy"_s, dc.certPolicy);
    w.value(u"connectCaPolicy"_s, dc.connectCaPolicy);
    w.value(u"connectIntermediatePath"_s, dc.connectIntermediatePath, u"unique per datacenter"_s);
    w.beginMap(u"replicas"_s);
    w.value(u"server"_s, dc.replicas.server);
    w.value(u"connectInject"_s, dc.replicas.connectInject);
    w.value(u"meshGateway"_s, dc.replicas.meshGateway);
    w.endMap();
    if (primary) {
        w.value(u"meshGatewayAddress"_s, dc.meshGatewayAddress, u"found after installing Consul here"_s);
    } else {
        w.value(u"reviewerServiceAccount"_s, dc.reviewerServiceAccount, u"reviews logins for Vault"_s);
        w.value(u"apiServerUrl"_s, dc.apiServerUrl, u"as reachable from Vault; from the kubeconfig if empty"_s);
    }
    w.endListItem();
}

} // namespace

QByteArray PlanFile::serialize(const FederationPlan& plan)
{
    YamlWriter w;
    w.comment(u"Meshfed federation plan: the choices from which the values files, Vault policies and roles,\n"
              u"and every step of the procedure are derived. It never holds a secret: tokens and keys\n"
              u"live in Vault and in the system keychain."_s);
    w.value(u"apiVersion"_s, kApiVersion);
    w.value(u"kind"_s, kKind);
    w.beginMap(u"helm"_s);
    w.value(u"repository"_s, plan.helmRepository, u"passed with --repo; your own repository list is not changed"_s);
    w.endMap();
    w.beginMap(u"consul"_s);
    w.value(u"name"_s, plan.consul.globalName, u"global.name: prefix of every Consul resource"_s);
    w.value(u"domain"_s, plan.consul.domain);
    w.value(u"chartVersion"_s, plan.consul.chartVersion, u"hashicorp/consul chart"_s);
    w.endMap();
    writeVault(w, plan.vault);
    w.comment(u"The first datacenter is the primary; every further one is a secondary."_s);
    w.beginList(u"datacenters"_s);
    for (qsizetype i = 0; i < plan.datacenters.size(); ++i)
        writeDatacenter(w, plan.datacenters.at(i), i == 0);
    w.endList();
    return w.finish();
}

bool PlanFile::save(const FederationPlan& plan, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(serialize(plan));
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace meshfed
