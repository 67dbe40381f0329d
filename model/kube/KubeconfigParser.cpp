#include "model/kube/KubeconfigParser.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

/// Stops parsing one file at its first error; the whole file is then left out of the merge.
struct FileError
{
    YAML::Mark mark;
    QString message;
};

[[noreturn]] void fail(const YAML::Node& node, const QString& message)
{
    throw FileError {node.Mark(), message};
}

QString keyName(const char* key)
{
    return QString::fromUtf8(key);
}

QString scalar(const YAML::Node& map, const char* key)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull())
        return {};
    if (!node.IsScalar())
        fail(node, Kubeconfig::tr("\"%1\" must be a single value").arg(keyName(key)));
    return QString::fromStdString(node.Scalar());
}

bool boolean(const YAML::Node& map, const char* key)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull())
        return false;
    bool value = false;
    if (!node.IsScalar() || !YAML::convert<bool>::decode(node, value))
        fail(node, Kubeconfig::tr("\"%1\" must be true or false").arg(keyName(key)));
    return value;
}

QByteArray base64(const YAML::Node& map, const char* key)
{
    const QString text = scalar(map, key);
    if (text.isEmpty())
        return {};
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        fail(map[key], Kubeconfig::tr("\"%1\" is not valid base64").arg(keyName(key)));
    return *decoded;
}

/// A mapping (or nothing) under `key`.
YAML::Node mapping(const YAML::Node& map, const char* key)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull())
        return YAML::Node(YAML::NodeType::Map);
    if (!node.IsMap())
        fail(node, Kubeconfig::tr("\"%1\" must be a mapping").arg(keyName(key)));
    return node;
}

YAML::Node sequence(const YAML::Node& map, const char* key)
{
    const YAML::Node node = map[key];
    if (!node.IsDefined() || node.IsNull())
        return YAML::Node(YAML::NodeType::Sequence);
    if (!node.IsSequence())
        fail(node, Kubeconfig::tr("\"%1\" must be a list").arg(keyName(key)));
    return node;
}

bool isMap(const YAML::Node& node)
{
    return node.IsDefined() && node.IsMap();
}

QJsonValue toJson(const YAML::Node& node)
{
    if (!node.IsDefined())
        return QJsonValue::Null;
    if (node.IsMap()) {
        QJsonObject object;
        for (const auto& entry : node)
            object.insert(QString::fromStdString(entry.first.as<std::string>()), toJson(entry.second));
        return object;
    }
    if (node.IsSequence()) {
        QJsonArray array;
        for (const auto& item : node)
            array.append(toJson(item));
        return array;
    }
    if (!node.IsScalar())
        return QJsonValue::Null;
    if (node.Tag() != "!") { // plain scalars may be numbers or booleans; quoted ones stay strings
        bool flag = false;
        double number = 0;
        if (YAML::convert<bool>::decode(node, flag))
            return flag;
        if (YAML::convert<double>::decode(node, number))
            return number;
    }
    return QString::fromStdString(node.Scalar());
}

class Parser
{
public:
    Parser(const QString& path, KubeconfigDocument& document)
        : m_path(path)
        , m_dir(QFileInfo(path).absolutePath())
        , m_document(document)
    { }

    void parseRoot(const YAML::Node& root)
    {
        if (!root.IsDefined() || root.IsNull())
            return; // an empty file is an empty config
        if (!root.IsMap())
            fail(root, Kubeconfig::tr("not a kubeconfig: expected a mapping at the top level"));
        m_document.currentContext = scalar(root, "current-context");
        forEachNamed(root, "clusters", "cluster", [this](const YAML::Node& entry, const YAML::Node& body) {
            m_document.clusters.append(parseCluster(entry, body));
        });
        forEachNamed(root, "users", "user", [this](const YAML::Node& entry, const YAML::Node& body) {
            m_document.users.append(parseUser(entry, body));
        });
        forEachNamed(root, "contexts", "context", [this](const YAML::Node& entry, const YAML::Node& body) {
            m_document.contexts.append(parseContext(entry, body));
        });
    }

private:
    template <typename Handler>
    void forEachNamed(const YAML::Node& root, const char* listKey, const char* bodyKey, Handler handle)
    {
        QSet<QString> seen;
        for (const YAML::Node& entry : sequence(root, listKey)) {
            if (!entry.IsMap())
                fail(entry, Kubeconfig::tr("each entry of \"%1\" must be a mapping").arg(keyName(listKey)));
            const QString name = scalar(entry, "name");
            if (seen.contains(name))
                fail(entry, Kubeconfig::tr("duplicate name \"%1\" in \"%2\"").arg(name, keyName(listKey)));
            seen.insert(name);
            handle(entry, mapping(entry, bodyKey));
        }
    }

    QString resolvePath(const QString& value) const
    {
        if (value.isEmpty() || QDir::isAbsolutePath(value))
            return value;
        return QDir::cleanPath(m_dir + u'/' + value);
    }

    int lineOf(const YAML::Node& node) const { return node.Mark().line + 1; }

    KubeCluster parseCluster(const YAML::Node& entry, const YAML::Node& body) const
    {
        KubeCluster cluster;
        cluster.name = scalar(entry, "name");
        cluster.sourceFile = m_path;
        cluster.line = lineOf(entry);
        cluster.server = scalar(body, "server");
        cluster.certificateAuthority = resolvePath(scalar(body, "certificate-authority"));
        cluster.certificateAuthorityData = base64(body, "certificate-authority-data");
        cluster.insecureSkipTlsVerify = boolean(body, "insecure-skip-tls-verify");
        cluster.tlsServerName = scalar(body, "tls-server-name");
        cluster.proxyUrl = scalar(body, "proxy-url");
        cluster.disableCompression = boolean(body, "disable-compression");
        for (const YAML::Node& extension : sequence(body, "extensions")) {
            if (isMap(extension) && scalar(extension, "name") == u"client.authentication.k8s.io/exec"_s)
                cluster.execExtensionJson
                    = QJsonDocument(toJson(extension["extension"]).toObject()).toJson(QJsonDocument::Compact);
        }
        return cluster;
    }

    KubeExecConfig parseExec(const YAML::Node& exec) const
    {
        KubeExecConfig config;
        config.apiVersion = scalar(exec, "apiVersion");
        config.command = scalar(exec, "command");
        if (config.command.contains(u'/') || config.command.contains(QDir::separator()))
            config.command = resolvePath(config.command);
        for (const YAML::Node& arg : sequence(exec, "args")) {
            if (!arg.IsScalar())
                fail(arg, Kubeconfig::tr("exec args must be single values"));
            config.args << QString::fromStdString(arg.Scalar());
        }
        for (const YAML::Node& variable : sequence(exec, "env")) {
            if (!variable.IsMap())
                fail(variable, Kubeconfig::tr("exec env entries must have a name and a value"));
            config.env.append({scalar(variable, "name"), scalar(variable, "value")});
        }
        config.installHint = scalar(exec, "installHint");
        config.interactiveMode = scalar(exec, "interactiveMode");
        // client-go's defaulting: only the beta and alpha APIs get IfAvailable; v1 must say it.
        if (config.interactiveMode.isEmpty()
            && (config.apiVersion == KubeExecConfig::ApiV1Beta1
                || config.apiVersion == u"client.authentication.k8s.io/v1alpha1"_s))
            config.interactiveMode = u"IfAvailable"_s;
        config.provideClusterInfo = boolean(exec, "provideClusterInfo");
        return config;
    }

    KubeUser parseUser(const YAML::Node& entry, const YAML::Node& body) const
    {
        KubeUser user;
        user.name = scalar(entry, "name");
        user.sourceFile = m_path;
        user.line = lineOf(entry);
        user.token = scalar(body, "token");
        user.tokenFile = resolvePath(scalar(body, "tokenFile"));
        user.clientCertificate = resolvePath(scalar(body, "client-certificate"));
        user.clientCertificateData = base64(body, "client-certificate-data");
        user.clientKey = resolvePath(scalar(body, "client-key"));
        user.clientKeyData = base64(body, "client-key-data");
        user.username = scalar(body, "username");
        user.password = scalar(body, "password");
        const YAML::Node exec = mapping(body, "exec");
        if (isMap(body["exec"]))
            user.exec = parseExec(exec);
        const YAML::Node provider = mapping(body, "auth-provider");
        if (isMap(body["auth-provider"])) {
            user.authProvider = scalar(provider, "name");
            if (user.authProvider.isEmpty())
                user.authProvider = u"(unnamed)"_s;
        }
        return user;
    }

    KubeContext parseContext(const YAML::Node& entry, const YAML::Node& body) const
    {
        KubeContext context;
        context.name = scalar(entry, "name");
        context.sourceFile = m_path;
        context.line = lineOf(entry);
        context.cluster = scalar(body, "cluster");
        context.user = scalar(body, "user");
        context.namespaceName = scalar(body, "namespace");
        return context;
    }

    QString m_path;
    QString m_dir;
    KubeconfigDocument& m_document;
};

KubeconfigProblem problemAt(const QString& path, const YAML::Mark& mark, const QString& message)
{
    KubeconfigProblem problem;
    problem.file = path;
    problem.line = mark.line >= 0 ? mark.line + 1 : 0;
    problem.column = mark.column >= 0 ? mark.column + 1 : 0;
    problem.message = message;
    return problem;
}

} // namespace

KubeconfigDocument parseKubeconfig(const QByteArray& yaml, const QString& path)
{
    KubeconfigDocument document;
    try {
        const YAML::Node root = YAML::Load(yaml.toStdString());
        Parser(path, document).parseRoot(root);
    } catch (const FileError& error) {
        document = {};
        document.problems.append(problemAt(path, error.mark, error.message));
    } catch (const YAML::Exception& error) {
        document = {};
        document.problems.append(problemAt(path, error.mark, QString::fromStdString(error.msg)));
    }
    return document;
}

} // namespace meshfed
