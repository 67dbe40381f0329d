#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace meshfed {

/// A Deployment, StatefulSet or Job of a chart, with its pod template as the simulator needs it.
struct SimWorkload
{
    QString kind; ///< Deployment, StatefulSet, Job
    QString name;
    QString component; ///< what the pod does in the simulation: vault-server, vault-injector, server...
    int replicas = 1;
    QJsonObject labels;
    QJsonObject podLabels;
    QJsonObject annotations; ///< the pod's vault.hashicorp.com/* annotations
    QString serviceAccount;
    QStringList initContainers;
    QStringList containers;
    QString hook; ///< post-install,post-upgrade (runs after each install); empty for regular objects
    /// What the pod's program needs beyond its annotations: the datacenter, federation settings,
    /// the Connect CA provider's Vault settings, secrets the program reads at run time.
    QJsonObject simulation;
};

/// Where injected Vault agents of a cluster log in: set by the vault chart's injector.
struct SimInjector
{
    QString release;
    QString deployment; ///< the injector's Deployment; agents are injected only while it runs
    QString authPath;   ///< injector.authPath, with auth/
    QString vaultAddress;
};

/// What a chart creates for a set of values, as the real templates do (names, counts, annotations).
struct SimRendered
{
    QList<QJsonObject> objects; ///< service accounts, services, cluster role bindings
    QList<SimWorkload> workloads;
    std::optional<SimInjector> injector;
    QString error; ///< a template `fail`, as helm prints it
};

/// The parts of hashicorp/vault 0.34 and hashicorp/consul 2.0 that the procedure exercises.
SimRendered renderVaultChart(const QString& release, const QString& ns, const QJsonObject& values);
SimRendered renderConsulChart(const QString& release, const QString& ns, const QJsonObject& values);

} // namespace meshfed
