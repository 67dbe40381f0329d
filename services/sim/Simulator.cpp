#include "services/sim/Simulator.h"

#include "services/sim/helm/SimHelm.h"
#include "services/sim/kube/SimCluster.h"
#include "services/sim/vault/SimVault.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace meshfed {

using namespace Qt::StringLiterals;

struct Simulator::Parts
{
    SimVault vault;
    SimCluster dc1 {u"sim-dc1"_s};
    SimCluster dc2 {u"sim-dc2"_s};
    std::unique_ptr<SimWorkloads> workloads1;
    std::unique_ptr<SimWorkloads> workloads2;
    std::unique_ptr<SimHelm> helm;
};

Simulator::Simulator(SimulatorOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Parts>())
    , m_options(options)
{
    d->workloads1 = std::make_unique<SimWorkloads>(&d->dc1, &d->vault, options.timing);
    d->workloads2 = std::make_unique<SimWorkloads>(&d->dc2, &d->vault, options.timing);
    auto peers = [this](const QString& datacenter) -> SimWorkloads* {
        for (SimWorkloads* w : {d->workloads1.get(), d->workloads2.get()}) {
            const auto dc = w->consulDatacenter();
            if (dc && dc->first == datacenter)
                return w;
        }
        return nullptr;
    };
    d->workloads1->setPeers(peers);
    d->workloads2->setPeers(peers);
    d->dc2.setLoadBalancerStyle(LoadBalancerStyle::Hostname);
    for (SimCluster* cluster : {&d->dc1, &d->dc2}) {
        cluster->setLoadBalancerDelayMs(options.loadBalancerDelayMs);
        cluster->setTokenControllerDelayMs(options.tokenControllerDelayMs);
        cluster->server().faults().setSeed(options.seed);
    }
    d->vault.server().faults().setSeed(options.seed);
    if (!options.vaultRootToken.isEmpty())
        d->vault.setRootToken(options.vaultRootToken);
    // dc1's Vault service is the simulated Vault, reachable on 127.0.0.1.
    auto dc1Address = [counter = 0](const QJsonObject& service) mutable {
        const QString name = service.value(u"metadata"_s).toObject().value(u"name"_s).toString();
        const bool vault = service.value(u"spec"_s)
                               .toObject()
                               .value(u"ports"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"name"_s)
                               .toString()
                == u"http"_s
            && service.value(u"metadata"_s)
                    .toObject()
                    .value(u"labels"_s)
                    .toObject()
                    .value(u"app.kubernetes.io/name"_s)
                    .toString()
                == u"vault"_s;
        Q_UNUSED(name)
        return vault ? QJsonObject {{u"ip"_s, u"127.0.0.1"_s}}
                     : QJsonObject {{u"ip"_s, u"192.0.2.%1"_s.arg(30 + counter++)}};
    };
    d->dc1.setLoadBalancerAddress(dc1Address);
    d->helm = std::make_unique<SimHelm>(&d->vault);
    d->helm->addContext(contextName(0), &d->dc1, d->workloads1.get());
    d->helm->addContext(contextName(1), &d->dc2, d->workloads2.get());
}

Simulator::~Simulator() = default;

bool Simulator::start(QString* error)
{
    if (!d->vault.start()) {
        *error = tr("the simulated Vault could not listen on 127.0.0.1: %1").arg(d->vault.server().errorString());
        return false;
    }
    for (SimCluster* cluster : {&d->dc1, &d->dc2}) {
        if (!cluster->start()) {
            *error = tr("the simulated API server %1 could not listen on 127.0.0.1: %2")
                         .arg(cluster->name(), cluster->server().errorString());
            return false;
        }
    }
    return true;
}

SimVault& Simulator::vault()
{
    return d->vault;
}

SimCluster& Simulator::cluster(int index)
{
    return index == 0 ? d->dc1 : d->dc2;
}

SimWorkloads& Simulator::workloads(int index)
{
    return index == 0 ? *d->workloads1 : *d->workloads2;
}

SimHelm& Simulator::helm()
{
    return *d->helm;
}

void Simulator::setTiming(SimTiming timing)
{
    d->workloads1->setTiming(timing);
    d->workloads2->setTiming(timing);
}

QByteArray Simulator::kubeconfig() const
{
    QString text = u"apiVersion: v1\nkind: Config\ncurrent-context: sim-dc1\nclusters:\n"_s;
    for (int i = 0; i < 2; ++i) {
        const SimCluster& c = i == 0 ? d->dc1 : d->dc2;
        text += u"- name: %1\n  cluster:\n    server: %2\n    certificate-authority-data: %3\n"_s.arg(
            contextName(i), c.url().toString(), QString::fromLatin1(c.caPem().toBase64()));
    }
    text += u"contexts:\n"_s;
    for (int i = 0; i < 2; ++i)
        text += u"- name: %1\n  context:\n    cluster: %1\n    user: %1-admin\n    namespace: default\n"_s.arg(
            contextName(i));
    text += u"users:\n"_s;
    for (int i = 0; i < 2; ++i) {
        const SimCluster& c = i == 0 ? d->dc1 : d->dc2;
        text += u"- name: %1-admin\n  user:\n    token: %2\n"_s.arg(contextName(i), c.adminToken());
    }
    return text.toUtf8();
}

QByteArray Simulator::vaultEnvironment() const
{
    return u"VAULT_ADDR=%1\nVAULT_TOKEN=%2\n"_s.arg(d->vault.address().toString(), d->vault.rootToken()).toUtf8();
}

bool Simulator::writeConnectionFiles(const QString& dir, QString* error) const
{
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create %1").arg(dir);
        return false;
    }
    for (const auto& [name, content] :
        {std::pair {u"kubeconfig"_s, kubeconfig()}, std::pair {u"vault.env"_s, vaultEnvironment()}}) {
        QSaveFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly)) {
            *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // the files hold the simulation's tokens
        file.write(content);
        if (!file.commit()) {
            *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace meshfed
