#pragma once

#include "model/kube/Kubeconfig.h"

namespace meshfed {

/// The entries of one kubeconfig file, paths already resolved against its directory.
/// Any problem makes the whole file unusable (client-go skips such a file when merging).
struct KubeconfigDocument
{
    QList<KubeCluster> clusters;
    QList<KubeUser> users;
    QList<KubeContext> contexts;
    QString currentContext;
    QList<KubeconfigProblem> problems;
};

/// Parses one file's text; `path` must be absolute (it names the file in problems and anchors relative paths).
/// An empty text is an empty config. yaml-cpp stays inside the implementation.
KubeconfigDocument parseKubeconfig(const QByteArray& yaml, const QString& path);

} // namespace meshfed
