#include "model/plan/Transcript.h"
#include "tests/support/PlanFixtures.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

namespace {

QString bashSyntaxErrors(const QByteArray& script)
{
    QTemporaryFile file;
    if (!file.open())
        return u"cannot create a temporary file"_s;
    file.write(script);
    file.flush();
    QProcess bash;
    bash.start(u"bash"_s, {u"-n"_s, file.fileName()});
    if (!bash.waitForFinished(10000))
        return u"bash -n did not finish"_s;
    return bash.exitCode() == 0 ? QString() : QString::fromUtf8(bash.readAllStandardError());
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"bash"_s).isEmpty())
            QSKIP("bash is not installed");
    }

    void scriptIsValidBash_data()
    {
        QTest::addColumn<int>("variant");
        QTest::newRow("every value known") << 0;
        QTest::newRow("run-time values unknown") << 1;
        QTest::newRow("no contexts, third datacenter, odd names") << 2;
    }

    void scriptIsValidBash()
    {
        QFETCH(int, variant);
        FederationPlan plan = variant == 0 ? test::documentedPlan() : FederationPlan::defaults();
        if (variant == 2) {
            plan.addSecondary(u"us-west-2"_s);
            plan.vault.pkiRootCommonName = u"Consul's CA \"root\""_s;
        }
        const QByteArray script = Transcript::script(plan);
        QVERIFY(script.startsWith("#!/usr/bin/env bash\n"));
        const QString errors = bashSyntaxErrors(script);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }

    void publishedTyposAreCorrected()
    {
        const QString script = QString::fromUtf8(Transcript::script(FederationPlan::defaults()));
        // D3: the dev root token is VAULT_TOKEN, not VAULT_ADDR.
        QVERIFY(script.contains(u"export VAULT_TOKEN="_s));
        QVERIFY(!script.contains(u"VAULT_ADDR=root"_s));
        // D4: kubectl apply -f (not --values), and nothing appended to a file with >>.
        QVERIFY(script.contains(u"apply -f -"_s));
        QVERIFY(!script.contains(u"apply --values"_s));
        QVERIFY(!script.contains(u"<<EOF >>"_s));
        // D9: the reviewer's token Secret is created (Kubernetes >= 1.24), not read from .secrets[0].
        QVERIFY(script.contains(u"type: kubernetes.io/service-account-token"_s));
        QVERIFY(!script.contains(u".secrets[0]"_s));
        // D10: the API URL goes through the context's cluster, not a cluster named like the context.
        QVERIFY(script.contains(u".contexts[?(@.name==\\\"$DC2_CONTEXT\\\")].context.cluster"_s));
        // P9: the connect CA policies come from files that include /tune (checked in tst_vaultsetup).
        QVERIFY(script.contains(u"vault policy write connect-ca-dc2 policies/connect-ca-dc2.hcl"_s));
        // Injector first (P7), then Consul.
        QVERIFY(script.indexOf(u"rollout status deployment/vault-dc1-agent-injector"_s)
            < script.indexOf(u"helm upgrade --install consul-dc1"_s));
    }

    void secretsAreGeneratedAtRunTimeNotWritten()
    {
        const QString script = QString::fromUtf8(Transcript::script(test::documentedPlan()));
        QVERIFY(script.contains(u"kv_put_once consul/secret/gossip key gossip_key"_s));
        QVERIFY(script.contains(u"vault kv put -cas=0"_s));
        QVERIFY(script.contains(u"token_reviewer_jwt=-"_s)); // through stdin, not argv
        QVERIFY(!script.contains(u"eyJ"_s));
        QVERIFY(!script.contains(u"BEGIN CERTIFICATE"_s));
        QVERIFY(!QRegularExpression(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}"_s).match(script).hasMatch());
    }

    void existingPkiRootIsReused()
    {
        const QString script = QString::fromUtf8(Transcript::script(test::documentedPlan()));
        const qsizetype check = script.indexOf(u"vault read -field=certificate pki/cert/ca"_s);
        const qsizetype generate = script.indexOf(u"pki/root/generate/internal"_s);
        QVERIFY(check > 0 && generate > check);
    }

    void unknownValuesAreFoundByTheScript()
    {
        const QString script = QString::fromUtf8(Transcript::script(FederationPlan::defaults()));
        QVERIFY(script.contains(u"VAULT_ADDR=\"http://$(lb_address \"$DC1_CONTEXT\" default vault-dc1):8200\""_s));
        QVERIFY(script.contains(u"MESH_GATEWAY=$(lb_address \"$DC1_CONTEXT\" default consul-mesh-gateway)"_s));
        QVERIFY(script.contains(u"cat > consul-dc2.yaml <<MESHFED_EOF"_s));
        QVERIFY(script.contains(u"- \"${MESH_GATEWAY}:443\""_s));
        QVERIFY(script.contains(u"k8sAuthMethodHost: \"${DC2_API_URL}\""_s));
        QVERIFY(script.contains(u"DC1_CONTEXT=\"${DC1_CONTEXT:?set DC1_CONTEXT"_s));
    }

    void shellQuoting_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("quoted");
        QTest::newRow("plain") << u"consul-server"_s << u"consul-server"_s;
        QTest::newRow("list") << u"a,b,c"_s << u"a,b,c"_s;
        QTest::newRow("star") << u"*"_s << u"'*'"_s;
        QTest::newRow("space") << u"Consul CA"_s << u"'Consul CA'"_s;
        QTest::newRow("single quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("dollar") << u"$HOME"_s << u"'$HOME'"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
    }

    void shellQuoting()
    {
        QFETCH(QString, word);
        QFETCH(QString, quoted);
        QCOMPARE(Transcript::shellQuote(word), quoted);
    }

    void variablePrefixes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("dc1") << u"dc1"_s << u"DC1"_s;
        QTest::newRow("dashes") << u"us-west-2"_s << u"US_WEST_2"_s;
    }

    void variablePrefixes()
    {
        QFETCH(QString, name);
        QFETCH(QString, prefix);
        QCOMPARE(Transcript::variablePrefix(DatacenterPlan::defaultsFor(name, false)), prefix);
    }
};

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
