#include "services/sim/helm/SimCharts.h"

#include "model/plan/FederationPlan.h"
#include "model/yaml/YamlToJson.h"

#include <QJsonArray>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

const QString kInject = u"vault.hashicorp.com/"_s;

QJsonValue at(const QJsonObject& values, const QString& path)
{
    return valueAt(values, path);
}

QString text(const QJsonObject& values, const QString& path, const QString& fallback = {})
{
    const QJsonValue v = at(values, path);
    return v.isString() ? v.toString() : v.isDouble() ? QString::number(v.toDouble()) : fallback;
}

bool flag(const QJsonObject& values, const QString& path, bool fallback)
{
    const QJsonValue v = at(values, path);
    if (v.isBool())
        return v.toBool();
    if (v.isString() && v.toString() != u"-"_s)
        return v.toString() == u"true"_s;
    return fallback;
}

int number(const QJsonObject& values, const QString& path, int fallback)
{
    const QJsonValue v = at(values, path);
    return v.isDouble() ? v.toInt() : fallback;
}

QJsonObject object(const QString& apiVersion, const QString& kind, const QString& name, const QJsonObject& labels)
{
    return {{u"apiVersion"_s, apiVersion}, {u"kind"_s, kind},
        {u"metadata"_s, QJsonObject {{u"name"_s, name}, {u"labels"_s, labels}}}};
}

QJsonObject service(
    const QString& name, const QJsonObject& labels, const QString& type, const QList<std::pair<QString, int>>& ports)
{
    QJsonObject svc = object(u"v1"_s, u"Service"_s, name, labels);
    QJsonArray portList;
    for (const auto& [portName, port] : ports)
        portList << QJsonObject {{u"name"_s, portName}, {u"port"_s, port}, {u"protocol"_s, u"TCP"_s}};
    const bool headless = type == u"None"_s; // a headless service: ClusterIP None
    const QString clusterIp = headless ? u"None"_s : u"10.96.0.%1"_s.arg(qHash(name) % 200 + 10);
    svc.insert(u"spec"_s,
        QJsonObject {
            {u"type"_s, headless ? u"ClusterIP"_s : type}, {u"clusterIP"_s, clusterIp}, {u"ports"_s, portList}});
    return svc;
}

QJsonObject delegatorBinding(const QString& name, const QString& sa, const QString& ns, const QJsonObject& labels)
{
    QJsonObject crb = object(u"rbac.authorization.k8s.io/v1"_s, u"ClusterRoleBinding"_s, name, labels);
    crb.insert(u"roleRef"_s,
        QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s}, {u"kind"_s, u"ClusterRole"_s},
            {u"name"_s, u"system:auth-delegator"_s}});
    crb.insert(u"subjects"_s,
        QJsonArray {QJsonObject {{u"kind"_s, u"ServiceAccount"_s}, {u"name"_s, sa}, {u"namespace"_s, ns}}});
    return crb;
}

/// agent-inject-secret-<file> with the chart's template for a KV v2 key.
void injectKv(QJsonObject& a, const QString& file, const QString& path, const QString& key)
{
    a.insert(kInject + u"agent-inject-secret-"_s + file, path);
    a.insert(kInject + u"agent-inject-template-"_s + file,
        u"{{- with secret \"%1\" -}}\n{{- .Data.data.%2 -}}\n{{- end -}}\n"_s.arg(path, key));
}

void injectCa(QJsonObject& a, const QString& path)
{
    a.insert(kInject + u"agent-inject-secret-serverca.crt"_s, path);
    a.insert(kInject + u"agent-inject-template-serverca.crt"_s,
        u"{{- with secret \"%1\" -}}\n{{- .Data.certificate -}}\n{{- end -}}\n"_s.arg(path));
}

void injectServerCert(QJsonObject& a, const QString& path, const QString& name, const QString& ns, const QString& dc,
    const QString& domain)
{
    const QString server = name + u"-server"_s;
    const QString altNames = QStringList {u"localhost"_s, server, u"*."_s + server, u"*."_s + server + u'.' + ns,
        server + u'.' + ns, u"*."_s + server + u'.' + ns + u".svc"_s, server + u'.' + ns + u".svc"_s,
        u"*.server."_s + dc + u'.' + domain}
                                 .join(u',');
    const QString with
        = u"{{- with secret \"%1\" \"common_name=server.%2.%3\"\n\"alt_names=%4\" \"ip_sans=127.0.0.1,::1\" -}}\n"_s
              .arg(path, dc, domain, altNames);
    for (const auto& [file, field] :
        {std::pair {u"servercert.crt"_s, u"certificate"_s}, std::pair {u"servercert.key"_s, u"private_key"_s}}) {
        a.insert(kInject + u"agent-inject-secret-"_s + file, path);
        a.insert(QString(kInject + u"agent-inject-template-"_s + file),
            QString(with + u"{{- .Data.%1 -}}\n{{- end -}}\n"_s.arg(field)));
    }
}

QJsonObject consulLabels(const QString& release, const QString& component)
{
    return {{u"app"_s, u"consul"_s}, {u"chart"_s, u"consul-helm"_s}, {u"heritage"_s, u"Helm"_s},
        {u"release"_s, release}, {u"component"_s, component}};
}

QJsonObject podLabelsFrom(QJsonObject labels)
{
    labels.remove(u"heritage"_s);
    return labels;
}

SimWorkload consulWorkload(const QString& kind, const QString& name, const QString& release, const QString& component,
    int replicas, const QString& sa)
{
    SimWorkload w;
    w.kind = kind;
    w.name = name;
    w.component = component;
    w.replicas = replicas;
    w.labels = consulLabels(release, component);
    w.podLabels = podLabelsFrom(w.labels);
    w.serviceAccount = sa;
    return w;
}

QString templateFailure(const QJsonObject& v)
{
    const bool vault = flag(v, u"global.secretsBackend.vault.enabled"_s, false);
    const bool acls = flag(v, u"global.acls.manageSystemACLs"_s, false);
    const bool tls = flag(v, u"global.tls.enabled"_s, false);
    if (vault && text(v, u"global.secretsBackend.vault.consulServerRole"_s).isEmpty())
        return u"global.secretsBackend.vault.consulServerRole is required if global.secretsBackend.vault.enabled=true."_s;
    if (vault && acls && text(v, u"global.secretsBackend.vault.manageSystemACLsRole"_s).isEmpty())
        return u"global.secretsBackend.vault.manageSystemACLsRole is required if "
               u"global.secretsBackend.vault.enabled=true "
               u"and global.acls.manageSystemACLs=true"_s;
    if (vault && tls && text(v, u"global.tls.caCert.secretName"_s).isEmpty())
        return u"global.tls.caCert.secretName must be provided if global.tls.enabled=true and "
               u"global.secretsBackend.vault.enabled=true."_s;
    if (flag(v, u"global.federation.enabled"_s, false) && !tls)
        return u"If global.federation.enabled is true, global.tls.enabled must be true because federation is only "
               u"supported with TLS enabled"_s;
    if (flag(v, u"global.federation.enabled"_s, false) && !flag(v, u"meshGateway.enabled"_s, false))
        return u"If global.federation.enabled is true, meshGateway.enabled must be true"_s;
    return {};
}

QJsonObject serverAnnotations(const QJsonObject& v, const QString& name, const QString& ns)
{
    QJsonObject a {{kInject + u"agent-inject"_s, u"true"_s},
        {kInject + u"role"_s, text(v, u"global.secretsBackend.vault.consulServerRole"_s)}};
    const QString dc = text(v, u"global.datacenter"_s, u"dc1"_s);
    const QString domain = text(v, u"global.domain"_s, u"consul"_s);
    if (!text(v, u"global.gossipEncryption.secretName"_s).isEmpty())
        injectKv(a, u"gossip.txt"_s, text(v, u"global.gossipEncryption.secretName"_s),
            text(v, u"global.gossipEncryption.secretKey"_s));
    if (flag(v, u"global.tls.enabled"_s, false) && !text(v, u"server.serverCert.secretName"_s).isEmpty())
        injectServerCert(a, text(v, u"server.serverCert.secretName"_s), name, ns, dc, domain);
    if (!text(v, u"global.tls.caCert.secretName"_s).isEmpty())
        injectCa(a, text(v, u"global.tls.caCert.secretName"_s));
    if (flag(v, u"global.acls.manageSystemACLs"_s, false)
        && !text(v, u"global.acls.bootstrapToken.secretName"_s).isEmpty())
        injectKv(a, u"bootstrap-token-config.hcl"_s, text(v, u"global.acls.bootstrapToken.secretName"_s),
            text(v, u"global.acls.bootstrapToken.secretKey"_s));
    if (!text(v, u"global.acls.replicationToken.secretName"_s).isEmpty()
        && !flag(v, u"global.acls.createReplicationToken"_s, false))
        injectKv(a, u"replication-token-config.hcl"_s, text(v, u"global.acls.replicationToken.secretName"_s),
            text(v, u"global.acls.replicationToken.secretKey"_s));
    return a;
}

QJsonObject caOnlyAnnotations(const QJsonObject& v)
{
    QJsonObject a {{kInject + u"agent-init-first"_s, u"true"_s}, {kInject + u"agent-inject"_s, u"true"_s},
        {kInject + u"role"_s, text(v, u"global.secretsBackend.vault.consulCARole"_s)}};
    injectCa(a, text(v, u"global.tls.caCert.secretName"_s));
    return a;
}

QJsonObject consulSimulation(const QJsonObject& v, const QString& name)
{
    return {{u"datacenter"_s, text(v, u"global.datacenter"_s, u"dc1"_s)},
        {u"primaryDatacenter"_s, text(v, u"global.federation.primaryDatacenter"_s)},
        {u"primaryGateways"_s, at(v, u"global.federation.primaryGateways"_s).toArray()},
        {u"federation"_s, flag(v, u"global.federation.enabled"_s, false)},
        {u"meshGatewayService"_s, QString(name + u"-mesh-gateway"_s)},
        {u"serverWorkload"_s, QString(name + u"-server"_s)},
        {u"connectCA"_s, at(v, u"global.secretsBackend.vault.connectCA"_s).toObject()},
        {u"serverRole"_s, text(v, u"global.secretsBackend.vault.consulServerRole"_s)},
        {u"bootstrapTokenPath"_s, text(v, u"global.acls.bootstrapToken.secretName"_s)},
        {u"replicationTokenPath"_s, text(v, u"global.acls.replicationToken.secretName"_s)}};
}

} // namespace

SimRendered renderVaultChart(const QString& release, const QString& ns, const QJsonObject& v)
{
    SimRendered r;
    const QString fullname = vaultFullName(release);
    const QJsonObject labels {{u"app.kubernetes.io/name"_s, u"vault"_s}, {u"app.kubernetes.io/instance"_s, release},
        {u"app.kubernetes.io/managed-by"_s, u"Helm"_s}};
    const bool global = flag(v, u"global.enabled"_s, true);
    QString external = text(v, u"global.externalVaultAddr"_s);
    if (external.isEmpty())
        external = text(v, u"injector.externalVaultAddr"_s);
    const bool server = external.isEmpty() && flag(v, u"server.enabled"_s, global);
    if (global) {
        r.objects << object(u"v1"_s, u"ServiceAccount"_s, fullname, labels);
        if (flag(v, u"server.authDelegator.enabled"_s, true))
            r.objects << delegatorBinding(fullname + u"-server-binding"_s, fullname, ns, labels);
    }
    if (server) {
        r.objects << service(fullname, labels, text(v, u"server.service.type"_s, u"ClusterIP"_s),
            {{u"http"_s, 8200}, {u"https-internal"_s, 8201}});
        r.objects << service(
            fullname + u"-internal"_s, labels, u"None"_s, {{u"http"_s, 8200}, {u"https-internal"_s, 8201}});
        if (flag(v, u"ui.enabled"_s, false))
            r.objects << service(
                fullname + u"-ui"_s, labels, text(v, u"ui.serviceType"_s, u"ClusterIP"_s), {{u"http"_s, 8200}});
        SimWorkload sts {
            u"StatefulSet"_s, fullname, u"vault-server"_s, 1, labels, {}, {}, fullname, {}, {u"vault"_s}, {}, {}};
        sts.podLabels = {{u"helm.sh/chart"_s, u"vault-0.34.1"_s}, {u"app.kubernetes.io/name"_s, u"vault"_s},
            {u"app.kubernetes.io/instance"_s, release}, {u"component"_s, u"server"_s}};
        sts.simulation = {{u"dev"_s, flag(v, u"server.dev.enabled"_s, false)}};
        r.workloads << sts;
    }
    if (flag(v, u"injector.enabled"_s, global)) {
        const QString injector = fullname + u"-agent-injector"_s;
        const QJsonObject injectorLabels {{u"app.kubernetes.io/name"_s, u"vault-agent-injector"_s},
            {u"app.kubernetes.io/instance"_s, release}, {u"component"_s, u"webhook"_s}};
        r.objects << object(u"v1"_s, u"ServiceAccount"_s, injector, injectorLabels);
        r.objects << service(injector + u"-svc"_s, injectorLabels, u"ClusterIP"_s, {{u"https"_s, 443}});
        r.workloads << SimWorkload {u"Deployment"_s, injector, u"vault-injector"_s,
            number(v, u"injector.replicas"_s, 1), injectorLabels, injectorLabels, {}, injector, {},
            {u"sidecar-injector"_s}, {}, {}};
        r.injector = SimInjector {release, injector, text(v, u"injector.authPath"_s, u"auth/kubernetes"_s),
            external.isEmpty() ? u"http://%1.%2.svc:8200"_s.arg(fullname, ns) : external};
    }
    return r;
}

SimRendered renderConsulChart(const QString& release, const QString& ns, const QJsonObject& v)
{
    SimRendered r;
    r.error = templateFailure(v);
    if (!r.error.isEmpty())
        return r;
    const QString name = text(v, u"global.name"_s, release + u"-consul"_s);
    const bool vault = flag(v, u"global.secretsBackend.vault.enabled"_s, false);
    const bool acls = flag(v, u"global.acls.manageSystemACLs"_s, false);
    const bool meshGateway = flag(v, u"meshGateway.enabled"_s, false);
    for (const QString& sa : {u"auth-method"_s, u"connect-injector"_s, u"gateway-cleanup-custom"_s,
             u"gateway-cleanup"_s, u"gateway-resources-custom"_s, u"gateway-resources"_s, u"server-acl-init-cleanup"_s,
             u"server-acl-init"_s, u"server"_s, u"webhook-cert-manager"_s, u"mesh-gateway"_s}) {
        if ((sa == u"mesh-gateway"_s && !meshGateway) || (sa.startsWith(u"server-acl-init"_s) && !acls))
            continue;
        r.objects << object(u"v1"_s, u"ServiceAccount"_s, name + u'-' + sa, consulLabels(release, sa));
    }
    r.objects << service(name + u"-connect-injector"_s, consulLabels(release, u"connect-injector"_s), u"ClusterIP"_s,
        {{u"https"_s, 443}});
    r.objects << service(name + u"-dns"_s, consulLabels(release, u"dns"_s), u"ClusterIP"_s, {{u"dns-tcp"_s, 53}});
    r.objects << service(
        name + u"-server"_s, consulLabels(release, u"server"_s), u"None"_s, {{u"https"_s, 8501}, {u"grpc"_s, 8502}});
    r.objects << service(name + u"-ui"_s, consulLabels(release, u"ui"_s), u"ClusterIP"_s, {{u"https"_s, 443}});
    if (meshGateway)
        r.objects << service(name + u"-mesh-gateway"_s, consulLabels(release, u"mesh-gateway"_s),
            text(v, u"meshGateway.service.type"_s, u"LoadBalancer"_s),
            {{u"gateway"_s, number(v, u"meshGateway.service.port"_s, 443)}});

    const QJsonObject simulation = consulSimulation(v, name);
    SimWorkload server = consulWorkload(u"StatefulSet"_s, name + u"-server"_s, release, u"server"_s,
        number(v, u"server.replicas"_s, 1), name + u"-server"_s);
    server.podLabels.insert(u"hasDNS"_s, u"true"_s);
    server.initContainers = {u"locality-init"_s};
    server.containers = {u"consul"_s};
    server.annotations = vault ? serverAnnotations(v, name, ns) : QJsonObject {};
    server.simulation = simulation;
    r.workloads << server;
    if (flag(v, u"connectInject.enabled"_s, true)) {
        SimWorkload injector = consulWorkload(u"Deployment"_s, name + u"-connect-injector"_s, release,
            u"connect-injector"_s, number(v, u"connectInject.replicas"_s, 1), name + u"-connect-injector"_s);
        injector.containers = {u"sidecar-injector"_s};
        injector.annotations = vault ? caOnlyAnnotations(v) : QJsonObject {};
        injector.simulation = simulation;
        r.workloads << injector;
    }
    if (meshGateway) {
        SimWorkload gateway = consulWorkload(u"Deployment"_s, name + u"-mesh-gateway"_s, release, u"mesh-gateway"_s,
            number(v, u"meshGateway.replicas"_s, 1), name + u"-mesh-gateway"_s);
        gateway.initContainers = {u"mesh-gateway-init"_s};
        gateway.containers = {u"mesh-gateway"_s};
        gateway.annotations = vault ? caOnlyAnnotations(v) : QJsonObject {};
        gateway.simulation = simulation;
        r.workloads << gateway;
    }
    SimWorkload certManager = consulWorkload(u"Deployment"_s, name + u"-webhook-cert-manager"_s, release,
        u"webhook-cert-manager"_s, 1, name + u"-webhook-cert-manager"_s);
    certManager.containers = {u"webhook-cert-manager"_s};
    r.workloads << certManager;
    if (acls) {
        SimWorkload aclInit = consulWorkload(
            u"Job"_s, name + u"-server-acl-init"_s, release, u"server-acl-init"_s, 1, name + u"-server-acl-init"_s);
        aclInit.containers = {u"server-acl-init-job"_s};
        if (vault) {
            aclInit.annotations
                = {{kInject + u"agent-pre-populate-only"_s, u"false"_s}, {kInject + u"agent-inject"_s, u"true"_s},
                    {kInject + u"role"_s, text(v, u"global.secretsBackend.vault.manageSystemACLsRole"_s)}};
            injectCa(aclInit.annotations, text(v, u"global.tls.caCert.secretName"_s));
            if (!text(v, u"global.acls.replicationToken.secretName"_s).isEmpty())
                injectKv(aclInit.annotations, u"replication-token"_s,
                    text(v, u"global.acls.replicationToken.secretName"_s),
                    text(v, u"global.acls.replicationToken.secretKey"_s));
        }
        aclInit.simulation = simulation;
        r.workloads << aclInit;
    }
    for (const QString& hook : {u"gateway-resources"_s, u"server-acl-init-cleanup"_s}) {
        if (hook == u"server-acl-init-cleanup"_s && !acls)
            continue;
        SimWorkload job = consulWorkload(u"Job"_s, name + u'-' + hook, release, hook, 1, name + u'-' + hook);
        job.containers = {hook};
        job.hook = u"post-install,post-upgrade"_s;
        r.workloads << job;
    }
    return r;
}

} // namespace meshfed
