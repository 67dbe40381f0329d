#include "model/kube/Kubeconfig.h"

#include "model/kube/KubeconfigParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

template <typename Entry> const Entry* findByName(const QList<Entry>& entries, const QString& name)
{
    const auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry& e) { return e.name == name; });
    return it == entries.end() ? nullptr : &*it;
}

/// client-go's merge rule: the first file that defines a name wins, whole.
template <typename Entry> void appendNew(QList<Entry>& merged, const QList<Entry>& incoming)
{
    for (const Entry& entry : incoming) {
        if (!findByName(merged, entry.name))
            merged.append(entry);
    }
}

} // namespace

QString KubeconfigProblem::toString() const
{
    QString text;
    if (!file.isEmpty()) {
        text = file;
        if (line > 0)
            text += u':' + QString::number(line);
        if (line > 0 && column > 0)
            text += u':' + QString::number(column);
        text += u": "_s;
    }
    if (severity == Severity::Warning)
        text += Kubeconfig::tr("warning: ");
    if (!context.isEmpty())
        text += Kubeconfig::tr("context \"%1\": ").arg(context);
    if (!field.isEmpty())
        text += field + u": "_s;
    return text + message;
}

KubeconfigSources KubeconfigSources::fromEnvironment(
    const QString& explicitPath, const QString& kubeconfigVariable, const QString& homeDir)
{
    KubeconfigSources sources;
    if (!explicitPath.isEmpty()) {
        sources.files = {explicitPath};
        sources.explicitFile = true;
        return sources;
    }
    if (kubeconfigVariable.isEmpty()) {
        sources.files = {QDir(homeDir).filePath(u".kube/config"_s)};
        return sources;
    }
    // Like client-go, a set KUBECONFIG never falls back to the home file, even when all its parts are empty.
    const QStringList parts = kubeconfigVariable.split(QDir::listSeparator(), Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        if (!sources.files.contains(part))
            sources.files.append(part);
    }
    return sources;
}

KubeconfigSources KubeconfigSources::fromSystem(const QString& explicitPath)
{
    return fromEnvironment(explicitPath, qEnvironmentVariable("KUBECONFIG"), QDir::homePath());
}

Kubeconfig Kubeconfig::load(const KubeconfigSources& sources)
{
    Kubeconfig config;
    QStringList missing;
    for (const QString& path : sources.files) {
        if (!sources.explicitFile && !QFileInfo::exists(path)) {
            missing << path;
            continue;
        }
        config.readFile(path, sources.explicitFile);
    }
    if (!missing.isEmpty() && missing.size() == sources.files.size()) {
        KubeconfigProblem problem;
        problem.severity = KubeconfigProblem::Severity::Warning;
        problem.message = tr("no kubeconfig file found (looked for %1)").arg(missing.join(u", "_s));
        config.m_problems.append(problem);
    }
    return config;
}

void Kubeconfig::readFile(const QString& path, bool mustExist)
{
    QFile file(path);
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (mustExist && !file.exists()) {
        m_problems.append(
            {KubeconfigProblem::Severity::Error, absolute, 0, 0, {}, {}, tr("the kubeconfig file does not exist")});
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append({KubeconfigProblem::Severity::Error, absolute, 0, 0, {}, {},
            tr("cannot read the kubeconfig file: %1").arg(file.errorString())});
        return;
    }
    merge(file.readAll(), absolute);
}

void Kubeconfig::merge(const QByteArray& yaml, const QString& path)
{
    const KubeconfigDocument document = parseKubeconfig(yaml, path);
    if (!document.problems.isEmpty()) {
        m_problems += document.problems;
        return;
    }
    m_files.append(path);
    appendNew(m_clusters, document.clusters);
    appendNew(m_users, document.users);
    appendNew(m_contexts, document.contexts);
    if (m_currentContext.isEmpty())
        m_currentContext = document.currentContext;
}

const KubeContext* Kubeconfig::context(const QString& name) const
{
    return findByName(m_contexts, name);
}

const KubeCluster* Kubeconfig::cluster(const QString& name) const
{
    return findByName(m_clusters, name);
}

const KubeUser* Kubeconfig::user(const QString& name) const
{
    return findByName(m_users, name);
}

bool Kubeconfig::hasErrors() const
{
    return std::any_of(m_problems.begin(), m_problems.end(),
        [](const KubeconfigProblem& p) { return p.severity == KubeconfigProblem::Severity::Error; });
}

KubeAuthKind kubeAuthKindOf(const KubeUser& user)
{
    if (user.exec)
        return KubeAuthKind::Exec;
    if (!user.authProvider.isEmpty())
        return KubeAuthKind::AuthProvider;
    if (!user.clientCertificate.isEmpty() || !user.clientCertificateData.isEmpty())
        return KubeAuthKind::ClientCertificate;
    if (!user.tokenFile.isEmpty())
        return KubeAuthKind::TokenFile;
    if (!user.token.isEmpty())
        return KubeAuthKind::Token;
    if (!user.username.isEmpty() || !user.password.isEmpty())
        return KubeAuthKind::Basic;
    return KubeAuthKind::None;
}

QString kubeAuthKindName(KubeAuthKind kind)
{
    switch (kind) {
    case KubeAuthKind::None:
        return u"none"_s;
    case KubeAuthKind::Token:
        return u"token"_s;
    case KubeAuthKind::TokenFile:
        return u"token file"_s;
    case KubeAuthKind::ClientCertificate:
        return u"client certificate"_s;
    case KubeAuthKind::Exec:
        return u"exec"_s;
    case KubeAuthKind::Basic:
        return u"basic"_s;
    case KubeAuthKind::AuthProvider:
        return u"auth-provider"_s;
    }
    return {};
}

} // namespace meshfed
