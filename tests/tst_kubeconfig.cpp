#include "model/kube/Kubeconfig.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace meshfed;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(meshfed::KubeAuthKind)

namespace {

QString mergeData(const QString& name)
{
    return QDir::cleanPath(test::dataPath(u"kube/merge/"_s + name));
}

QString badData(const QString& name)
{
    return QDir::cleanPath(test::dataPath(u"kube/bad/"_s + name));
}

/// One file with a context "ctx" on cluster "c" and user "u"; `cluster` and `user` are the bodies.
QByteArray singleContext(const QByteArray& cluster, const QByteArray& user, const QByteArray& context = {})
{
    return "clusters:\n- name: c\n  cluster:\n" + cluster + "users:\n- name: u\n  user:\n" + user
        + "contexts:\n- name: ctx\n  context:\n    cluster: c\n    user: u\n" + context;
}

const QByteArray kServer = "    server: https://c.example\n";
const QByteArray kToken = "    token: abc\n";

Kubeconfig fromText(const QByteArray& yaml, const QString& path = u"/virtual/config"_s)
{
    Kubeconfig config;
    config.merge(yaml, path);
    return config;
}

QString describe(const QList<KubeconfigProblem>& problems)
{
    QStringList lines;
    for (const KubeconfigProblem& problem : problems)
        lines << problem.toString();
    return lines.join(u'\n');
}

} // namespace

class TestKubeconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourceSelection_data();
    void sourceSelection();
    void firstFileWinsWhole();
    void relativePathsResolveAgainstTheDefiningFile();
    void resolveReadsReferencedFiles();
    void authKinds_data();
    void authKinds();
    void execFieldsAndDefaults();
    void validation_data();
    void validation();
    void validConfigHasNoProblems();
    void unknownOrMissingContext();
    void malformedFileReportsLineAndColumn();
    void badFileDoesNotHideOtherFiles();
    void duplicateNameRejectsTheFile();
    void structuralErrors_data();
    void structuralErrors();
    void missingAndEmptyFiles();
    void tokenFileRules();
    void plainHttpServerGetsNoCredentials();
};

void TestKubeconfig::sourceSelection_data()
{
    QTest::addColumn<QString>("explicitPath");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<bool>("explicitFile");
    QTest::newRow("explicit wins alone") << u"/x/k.yaml"_s << u"/a:/b"_s << QStringList {u"/x/k.yaml"_s} << true;
    QTest::newRow("KUBECONFIG list, de-duplicated, empty parts dropped")
        << QString() << u"/a::/b:/a:/c"_s << QStringList {u"/a"_s, u"/b"_s, u"/c"_s} << false;
    QTest::newRow("home file without KUBECONFIG")
        << QString() << QString() << QStringList {u"/home/me/.kube/config"_s} << false;
    QTest::newRow("KUBECONFIG of separators only: no file") << QString() << u"::"_s << QStringList() << false;
}

void TestKubeconfig::sourceSelection()
{
    QFETCH(QString, explicitPath);
    QFETCH(QString, variable);
    QFETCH(QStringList, files);
    QFETCH(bool, explicitFile);
    const KubeconfigSources sources = KubeconfigSources::fromEnvironment(explicitPath, variable, u"/home/me"_s);
    QCOMPARE(sources.files, files);
    QCOMPARE(sources.explicitFile, explicitFile);
}

void TestKubeconfig::firstFileWinsWhole()
{
    const Kubeconfig config = Kubeconfig::load(
        {{mergeData(u"first.yaml"_s), mergeData(u"second.yaml"_s), mergeData(u"third.yaml"_s)}, false});
    QVERIFY2(config.problems().isEmpty(), qPrintable(describe(config.problems())));
    QCOMPARE(config.files().size(), 3);

    const KubeCluster* shared = config.cluster(u"shared"_s);
    QVERIFY(shared);
    QCOMPARE(shared->server, u"https://first.example:6443"_s);
    QVERIFY(!shared->insecureSkipTlsVerify); // the later file's flag is not mixed in
    QCOMPARE(shared->sourceFile, mergeData(u"first.yaml"_s));

    const KubeUser* sharedUser = config.user(u"shared-user"_s);
    QVERIFY(sharedUser);
    QVERIFY(sharedUser->token.isEmpty()); // second.yaml's token is dropped with its whole entry

    const KubeContext* sharedContext = config.context(u"shared-ctx"_s);
    QCOMPARE(sharedContext->namespaceName, u"from-first"_s);
    QCOMPARE(sharedContext->user, u"shared-user"_s);

    const KubeContext* second = config.context(u"second-ctx"_s);
    QCOMPARE(second->sourceFile, mergeData(u"second.yaml"_s));
    QCOMPARE(second->line, 22); // "- name: second-ctx"
    QCOMPARE(config.context(u"third-ctx"_s)->sourceFile, mergeData(u"third.yaml"_s));

    QStringList names;
    for (const KubeContext& context : config.contexts())
        names << context.name;
    QCOMPARE(names, (QStringList {u"shared-ctx"_s, u"cert-ctx"_s, u"second-ctx"_s, u"third-ctx"_s}));
    // first.yaml has current-context: "" which does not count; second.yaml's wins over third.yaml's.
    QCOMPARE(config.currentContext(), u"second-ctx"_s);
    // A context may use a cluster from another file.
    QList<KubeconfigProblem> problems;
    QVERIFY2(config.resolve(u"second-ctx"_s, &problems), qPrintable(describe(problems)));
}

void TestKubeconfig::relativePathsResolveAgainstTheDefiningFile()
{
    const Kubeconfig config = Kubeconfig::load({{mergeData(u"first.yaml"_s)}, true});
    QCOMPARE(config.cluster(u"shared"_s)->certificateAuthority, mergeData(u"certs/ca.pem"_s));
    QCOMPARE(config.user(u"shared-user"_s)->tokenFile, mergeData(u"certs/token"_s));
    QCOMPARE(config.user(u"cert-user"_s)->clientCertificate, mergeData(u"certs/client.pem"_s));
    QCOMPARE(config.user(u"cert-user"_s)->clientKey, mergeData(u"certs/client-key.pem"_s)); // cleaned
    QCOMPARE(config.user(u"exec-user"_s)->exec->command, mergeData(u"bin/get-token"_s));
    QCOMPARE(config.user(u"path-exec-user"_s)->exec->command, u"aws"_s); // no separator: looked up in PATH
}

void TestKubeconfig::resolveReadsReferencedFiles()
{
    const Kubeconfig config = Kubeconfig::load({{mergeData(u"first.yaml"_s), mergeData(u"second.yaml"_s)}, false});
    QList<KubeconfigProblem> problems;

    const auto shared = config.resolve(u"shared-ctx"_s, &problems);
    QVERIFY2(shared, qPrintable(describe(problems)));
    QCOMPARE(shared->server, QUrl(u"https://first.example:6443"_s));
    QCOMPARE(shared->caPem, QByteArray("-----BEGIN CERTIFICATE-----\nca\n-----END CERTIFICATE-----\n"));
    QCOMPARE(shared->authKind, KubeAuthKind::TokenFile);
    QCOMPARE(shared->token, u"token-from-file"_s);            // whitespace trimmed
    QCOMPARE(shared->tokenFile, mergeData(u"certs/token"_s)); // for the periodic re-read
    QCOMPARE(shared->namespaceName, u"from-first"_s);

    const auto cert = config.resolve(u"cert-ctx"_s, &problems);
    QVERIFY2(cert, qPrintable(describe(problems)));
    QCOMPARE(cert->authKind, KubeAuthKind::ClientCertificate);
    QVERIFY(cert->clientCertificatePem.contains("client"));
    QVERIFY(cert->clientKeyPem.contains("PRIVATE KEY"));

    const auto second = config.resolve(u"second-ctx"_s, &problems);
    QVERIFY2(second, qPrintable(describe(problems)));
    QCOMPARE(second->caPem, QByteArray("-----BEGIN CERTIFICATE-----\nfirst-ca\n-----END CERTIFICATE-----\n"));
    QCOMPARE(second->authKind, KubeAuthKind::Token);
    QCOMPARE(second->token, u"second-token"_s);
}

void TestKubeconfig::authKinds_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<KubeAuthKind>("kind");
    QTest::addColumn<QString>("name");
    QTest::newRow("token") << QByteArray("    token: abc\n") << KubeAuthKind::Token << u"token"_s;
    QTest::newRow("tokenFile") << QByteArray("    tokenFile: /t\n") << KubeAuthKind::TokenFile << u"token file"_s;
    QTest::newRow("client certificate data")
        << QByteArray("    client-certificate-data: Y2VydA==\n    client-key-data: a2V5\n")
        << KubeAuthKind::ClientCertificate << u"client certificate"_s;
    QTest::newRow("exec") << QByteArray("    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
                                        "      command: kubelogin\n")
                          << KubeAuthKind::Exec << u"exec"_s;
    QTest::newRow("basic") << QByteArray("    username: admin\n    password: secret\n") << KubeAuthKind::Basic
                           << u"basic"_s;
    QTest::newRow("none") << QByteArray("    {}\n") << KubeAuthKind::None << u"none"_s;
    QTest::newRow("auth-provider") << QByteArray("    auth-provider:\n      name: gcp\n") << KubeAuthKind::AuthProvider
                                   << u"auth-provider"_s;
}

void TestKubeconfig::authKinds()
{
    QFETCH(QByteArray, user);
    QFETCH(KubeAuthKind, kind);
    QFETCH(QString, name);
    const Kubeconfig config = fromText(singleContext(kServer, user));
    QVERIFY2(config.problems().isEmpty(), qPrintable(describe(config.problems())));
    QCOMPARE(kubeAuthKindOf(*config.user(u"u"_s)), kind);
    QCOMPARE(kubeAuthKindName(kind), name);
}

void TestKubeconfig::execFieldsAndDefaults()
{
    const QByteArray v1 = "    exec:\n"
                          "      apiVersion: client.authentication.k8s.io/v1\n"
                          "      command: aws\n"
                          "      args: [eks, get-token, --cluster-name, prod]\n"
                          "      env:\n"
                          "      - name: AWS_PROFILE\n"
                          "        value: prod\n"
                          "      installHint: install the aws CLI\n"
                          "      interactiveMode: Always\n"
                          "      provideClusterInfo: true\n";
    const Kubeconfig config = fromText(singleContext(kServer, v1));
    const KubeExecConfig exec = *config.user(u"u"_s)->exec;
    QCOMPARE(exec.apiVersion, KubeExecConfig::ApiV1);
    QCOMPARE(exec.command, u"aws"_s);
    QCOMPARE(exec.args, (QStringList {u"eks"_s, u"get-token"_s, u"--cluster-name"_s, u"prod"_s}));
    QCOMPARE(exec.env, (QList<KubeExecEnvVar> {{u"AWS_PROFILE"_s, u"prod"_s}}));
    QCOMPARE(exec.installHint, u"install the aws CLI"_s);
    QCOMPARE(exec.interactiveMode, u"Always"_s);
    QVERIFY(exec.provideClusterInfo);
    QVERIFY(config.validate(u"ctx"_s).isEmpty());

    const QByteArray beta = "    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: k\n";
    const Kubeconfig betaConfig = fromText(singleContext(kServer, beta));
    const KubeExecConfig defaulted = *betaConfig.user(u"u"_s)->exec;
    QCOMPARE(defaulted.interactiveMode, u"IfAvailable"_s);
    QVERIFY(!defaulted.provideClusterInfo);
    QVERIFY(defaulted.args.isEmpty());

    const QByteArray extension = "    server: https://c\n    extensions:\n"
                                 "    - name: client.authentication.k8s.io/exec\n"
                                 "      extension: {audience: prod, port: 443, quoted: \"443\"}\n";
    const Kubeconfig withExtension = fromText(singleContext(extension, beta));
    QCOMPARE(withExtension.cluster(u"c"_s)->execExtensionJson,
        QByteArray(R"({"audience":"prod","port":443,"quoted":"443"})"));
}

void TestKubeconfig::validation_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QByteArray execHead = "    exec:\n";
    QTest::newRow("CA file and CA data") << singleContext(
        kServer + "    certificate-authority: /nope\n    certificate-authority-data: Y2E=\n", kToken)
                                         << u"certificate-authority"_s << u"both specified"_s;
    QTest::newRow("unreadable CA file") << singleContext(
        kServer + "    certificate-authority: /no/such/ca.pem\n", kToken)
                                        << u"certificate-authority"_s << u"unable to read certificate-authority"_s;
    QTest::newRow("CA with insecure") << singleContext(
        kServer + "    certificate-authority-data: Y2E=\n    insecure-skip-tls-verify: true\n", kToken)
                                      << u"insecure-skip-tls-verify"_s << u"insecure flag is not allowed"_s;
    QTest::newRow("no server") << singleContext("    {}\n", kToken) << u"server"_s << u"no server found"_s;
    QTest::newRow("bad proxy-url") << singleContext(kServer + "    proxy-url: ftp://proxy:21\n", kToken)
                                   << u"proxy-url"_s << u"invalid proxy-url \"ftp://proxy:21\""_s;
    QTest::newRow("https proxy is refused, its password not shown")
        << singleContext(kServer + "    proxy-url: https://user:secret@proxy:3128\n", kToken) << u"proxy-url"_s
        << u"invalid proxy-url \"https://proxy:3128\""_s;
    QTest::newRow("proxy-url without host")
        << singleContext(kServer + "    proxy-url: \"http://\"\n", kToken) << u"proxy-url"_s << u"invalid proxy-url"_s;
    QTest::newRow("cert without key") << singleContext(kServer, "    client-certificate-data: Y2VydA==\n")
                                      << u"client-key"_s << u"must be specified"_s;
    QTest::newRow("key without cert") << singleContext(kServer, "    client-key-data: a2V5\n")
                                      << u"client-certificate"_s << u"must be specified"_s;
    QTest::newRow("unreadable client cert")
        << singleContext(kServer, "    client-certificate: /no/cert\n    client-key-data: a2V5\n")
        << u"client-certificate"_s << u"unable to read client-certificate /no/cert"_s;
    QTest::newRow("token and basic auth") << singleContext(kServer, kToken + "    username: a\n    password: b\n")
                                          << u"token"_s << u"more than one authentication method"_s;
    QTest::newRow("exec without command")
        << singleContext(kServer, execHead + "      apiVersion: client.authentication.k8s.io/v1beta1\n")
        << u"exec.command"_s << u"command must be specified"_s;
    QTest::newRow("exec without apiVersion") << singleContext(kServer, execHead + "      command: k\n")
                                             << u"exec.apiVersion"_s << u"apiVersion must be specified"_s;
    QTest::newRow("unknown exec apiVersion")
        << singleContext(
               kServer, execHead + "      command: k\n      apiVersion: client.authentication.k8s.io/v1alpha1\n")
        << u"exec.apiVersion"_s << u"invalid apiVersion \"client.authentication.k8s.io/v1alpha1\""_s;
    QTest::newRow("v1 exec without interactiveMode")
        << singleContext(kServer, execHead + "      command: k\n      apiVersion: client.authentication.k8s.io/v1\n")
        << u"exec.interactiveMode"_s << u"interactiveMode must be specified"_s;
    QTest::newRow("bad interactiveMode") << singleContext(kServer,
        execHead
            + "      command: k\n      apiVersion: client.authentication.k8s.io/v1\n"
              "      interactiveMode: Sometimes\n")
                                         << u"exec.interactiveMode"_s << u"invalid interactiveMode \"Sometimes\""_s;
    QTest::newRow("exec env without name") << singleContext(kServer,
        execHead
            + "      command: k\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
              "      env: [{value: x}]\n") << u"exec.env"_s
                                           << u"name must be specified"_s;
    QTest::newRow("auth-provider") << singleContext(kServer, "    auth-provider:\n      name: gcp\n")
                                   << u"auth-provider"_s << u"\"gcp\", which kubectl no longer supports"_s;
    QTest::newRow("auth-provider together with exec") << singleContext(kServer,
        execHead
            + "      command: k\n      apiVersion: client.authentication.k8s.io/v1beta1\n"
              "    auth-provider: {name: oidc}\n") << u"auth-provider"_s
                                                      << u"cannot be combined with an exec plugin"_s;
    QTest::newRow("missing cluster") << QByteArray("users:\n- name: u\n  user: {token: t}\ncontexts:\n"
                                                   "- name: ctx\n  context: {cluster: gone, user: u}\n")
                                     << u"cluster"_s << u"cluster \"gone\" was not found"_s;
    QTest::newRow("missing user") << QByteArray("clusters:\n- name: c\n  cluster: {server: https://c}\ncontexts:\n"
                                                "- name: ctx\n  context: {cluster: c, user: gone}\n")
                                  << u"user"_s << u"user \"gone\" was not found"_s;
    QTest::newRow("bad namespace") << singleContext(kServer, kToken, "    namespace: Not_A_Label\n") << u"namespace"_s
                                   << u"DNS_LABEL"_s;
}

void TestKubeconfig::validation()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const Kubeconfig config = fromText(yaml);
    QVERIFY2(config.problems().isEmpty(), qPrintable(describe(config.problems())));
    const QList<KubeconfigProblem> problems = config.validate(u"ctx"_s);
    QVERIFY2(std::any_of(problems.begin(), problems.end(),
                 [&](const KubeconfigProblem& p) {
                     return p.field == field && p.message.contains(message) && p.context == u"ctx"_s
                         && p.file == u"/virtual/config"_s && p.line > 0;
                 }),
        qPrintable(describe(problems)));
    QList<KubeconfigProblem> resolveProblems;
    QVERIFY(!config.resolve(u"ctx"_s, &resolveProblems));
    QCOMPARE(resolveProblems.size(), problems.size());
}

void TestKubeconfig::validConfigHasNoProblems()
{
    const Kubeconfig config = fromText(singleContext(kServer
            + "    tls-server-name: api.internal\n"
              "    proxy-url: socks5://127.0.0.1:1080\n",
        kToken, "    namespace: shop\n"));
    QList<KubeconfigProblem> problems;
    const auto resolved = config.resolve(u"ctx"_s, &problems);
    QVERIFY2(resolved && problems.isEmpty(), qPrintable(describe(problems)));
    QCOMPARE(resolved->tlsServerName, u"api.internal"_s);
    QCOMPARE(resolved->proxyUrl, QUrl(u"socks5://127.0.0.1:1080"_s));
    QCOMPARE(resolved->namespaceName, u"shop"_s);
    QCOMPARE(resolved->token, u"abc"_s);
    QVERIFY(resolved->caPem.isEmpty());
    const auto withoutScheme
        = fromText(singleContext("    server: c.example:6443\n", kToken)).resolve(u"ctx"_s, &problems);
    QCOMPARE(withoutScheme->server, QUrl(u"https://c.example:6443"_s));
}

void TestKubeconfig::unknownOrMissingContext()
{
    const Kubeconfig config = fromText(singleContext(kServer, kToken));
    const QList<KubeconfigProblem> missing = config.validate(u"nope"_s);
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().context, u"nope"_s);
    QCOMPARE(missing.first().message, u"context was not found for specified context: nope"_s);
    const QList<KubeconfigProblem> none = config.validate(QString());
    QCOMPARE(none.size(), 1);
    QCOMPARE(none.first().field, u"current-context"_s);
}

void TestKubeconfig::malformedFileReportsLineAndColumn()
{
    const Kubeconfig config = Kubeconfig::load({{badData(u"malformed.yaml"_s)}, true});
    QCOMPARE(config.problems().size(), 1);
    const KubeconfigProblem& problem = config.problems().first();
    QCOMPARE(problem.file, badData(u"malformed.yaml"_s));
    QCOMPARE(problem.line, 6);
    QCOMPARE(problem.column, 4);
    QCOMPARE(problem.toString(), badData(u"malformed.yaml"_s) + u":6:4: end of map not found"_s);
    QVERIFY(config.contexts().isEmpty());
    QVERIFY(config.files().isEmpty());
}

void TestKubeconfig::badFileDoesNotHideOtherFiles()
{
    const Kubeconfig config = Kubeconfig::load(
        {{badData(u"malformed.yaml"_s), badData(u"duplicate.yaml"_s), badData(u"good.yaml"_s)}, false});
    QCOMPARE(config.problems().size(), 2);
    QVERIFY(config.hasErrors());
    QCOMPARE(config.contexts().size(), 1);
    QCOMPARE(config.currentContext(), u"good"_s);
    QCOMPARE(config.files(), QStringList {badData(u"good.yaml"_s)});
    QList<KubeconfigProblem> problems;
    QVERIFY(config.resolve(u"good"_s, &problems));
}

void TestKubeconfig::duplicateNameRejectsTheFile()
{
    const Kubeconfig config = Kubeconfig::load({{badData(u"duplicate.yaml"_s)}, true});
    QCOMPARE(config.problems().size(), 1);
    QCOMPARE(config.problems().first().toString(),
        badData(u"duplicate.yaml"_s) + u":12:3: duplicate name \"twice\" in \"contexts\""_s);
    QVERIFY(!config.cluster(u"dup-cluster"_s)); // nothing of that file is used
}

void TestKubeconfig::structuralErrors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("text");
    QTest::newRow("top level is a list") << QByteArray(
        "- a\n- b\n") << u"/virtual/config:1:1: not a kubeconfig: expected a mapping at the top level"_s;
    QTest::newRow("clusters is a mapping")
        << QByteArray("apiVersion: v1\nclusters:\n  a: b\n") << u"/virtual/config:3:3: \"clusters\" must be a list"_s;
    QTest::newRow("bad base64") << QByteArray(
        "clusters:\n- name: c\n  cluster:\n    certificate-authority-data: '%%'\n")
                                << u"/virtual/config:4:33: \"certificate-authority-data\" is not valid base64"_s;
    QTest::newRow("bad boolean") << QByteArray(
        "clusters:\n- name: c\n  cluster:\n    insecure-skip-tls-verify: maybe\n")
                                 << u"/virtual/config:4:31: \"insecure-skip-tls-verify\" must be true or false"_s;
    QTest::newRow("server is a list") << QByteArray("clusters:\n- name: c\n  cluster:\n    server: [a]\n")
                                      << u"/virtual/config:4:13: \"server\" must be a single value"_s;
}

void TestKubeconfig::structuralErrors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, text);
    const Kubeconfig config = fromText(yaml);
    QCOMPARE(config.problems().size(), 1);
    QCOMPARE(config.problems().first().toString(), text);
    QVERIFY(config.files().isEmpty());
}

void TestKubeconfig::missingAndEmptyFiles()
{
    const QString good = badData(u"good.yaml"_s);
    const Kubeconfig skipped = Kubeconfig::load({{u"/no/such/config"_s, mergeData(u"empty.yaml"_s), good}, false});
    QVERIFY2(skipped.problems().isEmpty(), qPrintable(describe(skipped.problems())));
    QCOMPARE(skipped.files(), (QStringList {mergeData(u"empty.yaml"_s), good}));
    QCOMPARE(skipped.contexts().size(), 1);

    const Kubeconfig allMissing = Kubeconfig::load({{u"/no/such/a"_s, u"/no/such/b"_s}, false});
    QCOMPARE(allMissing.problems().size(), 1);
    QCOMPARE(allMissing.problems().first().severity, KubeconfigProblem::Severity::Warning);
    QVERIFY(!allMissing.hasErrors());

    const Kubeconfig explicitMissing = Kubeconfig::load({{u"/no/such/config"_s}, true});
    QVERIFY(explicitMissing.hasErrors());
    QCOMPARE(explicitMissing.problems().first().toString(), u"/no/such/config: the kubeconfig file does not exist"_s);
}

void TestKubeconfig::tokenFileRules()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile empty(dir.filePath(u"empty-token"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("  \n");
    empty.close();
    QList<KubeconfigProblem> problems;

    const Kubeconfig emptyFile = fromText(singleContext(kServer, "    tokenFile: empty-token\n"), dir.filePath(u"k"_s));
    QVERIFY(!emptyFile.resolve(u"ctx"_s, &problems));
    QCOMPARE(problems.last().field, u"tokenFile"_s);
    QVERIFY(problems.last().message.contains(u"is empty"_s));

    const Kubeconfig fallback = fromText(singleContext(kServer, "    tokenFile: /no/such/token\n    token: inline\n"));
    const auto resolved = fallback.resolve(u"ctx"_s, &problems);
    QVERIFY2(resolved, qPrintable(describe(problems)));
    QCOMPARE(resolved->token, u"inline"_s);

    const Kubeconfig unreadable = fromText(singleContext(kServer, "    tokenFile: /no/such/token\n"));
    QVERIFY(!unreadable.resolve(u"ctx"_s, &problems));
    QVERIFY(problems.last().message.contains(u"unable to read tokenFile"_s));
}

void TestKubeconfig::plainHttpServerGetsNoCredentials()
{
    const Kubeconfig config = fromText(singleContext("    server: http://127.0.0.1:8080\n", kToken));
    QList<KubeconfigProblem> problems;
    const auto resolved = config.resolve(u"ctx"_s, &problems);
    QVERIFY(resolved);
    QCOMPARE(resolved->authKind, KubeAuthKind::None);
    QVERIFY(resolved->token.isEmpty());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, KubeconfigProblem::Severity::Warning);
}

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
