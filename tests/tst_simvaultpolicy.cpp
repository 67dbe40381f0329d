#include "services/sim/vault/SimVaultPolicy.h"

#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestSimVaultPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("hcl");
        QTest::addColumn<int>("rules");
        QTest::addColumn<bool>("valid");
        QTest::newRow("documented gossip")
            << u"path \"consul/data/secret/gossip\" {\n  capabilities = [\"read\"]\n}\n"_s << 1 << true;
        QTest::newRow("brace on the next line")
            << u"path \"pki/issue/consul-cert-dc1\"\n{\n  capabilities = [\"create\",\"update\"]\n}"_s << 1 << true;
        QTest::newRow("leading slash and comments")
            << u"# connect CA\npath \"/sys/mounts\" { capabilities = [ \"read\" ] } // read mounts\npath \"/connect_root/*\" { capabilities = [\"create\", \"list\"] }"_s
            << 2 << true;
        QTest::newRow("empty policy") << QString() << 0 << true;
        QTest::newRow("unknown capability") << u"path \"x\" { capabilities = [\"fly\"] }"_s << 0 << false;
        QTest::newRow("garbage") << u"this is not hcl"_s << 0 << false;
        QTest::newRow("unclosed block") << u"path \"x\" { capabilities = [\"read\"]"_s << 0 << false;
    }

    void parses()
    {
        QFETCH(QString, hcl);
        QFETCH(int, rules);
        QFETCH(bool, valid);
        QString error;
        const auto parsed = parseAclPolicy(hcl, &error);
        QCOMPARE(bool(parsed), valid);
        if (valid) {
            QCOMPARE(parsed->size(), rules);
            for (const PolicyRule& rule : *parsed)
                QVERIFY(!rule.path.startsWith(u'/'));
        } else {
            QVERIFY(error.startsWith(u"failed to parse policy"_s));
        }
    }

    void pathMatching_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << u"pki/cert/ca"_s << u"pki/cert/ca"_s << true;
        QTest::newRow("exact, other") << u"pki/cert/ca"_s << u"pki/cert/ca2"_s << false;
        QTest::newRow("glob") << u"connect_root/*"_s << u"connect_root/root/generate/internal"_s << true;
        QTest::newRow("glob is a prefix") << u"secret/foo*"_s << u"secret/foobar"_s << true;
        QTest::newRow("glob does not match the bare mount") << u"connect_root/*"_s << u"connect_root"_s << false;
        QTest::newRow("plus segment") << u"auth/+/login"_s << u"auth/kubernetes-dc1/login"_s << true;
        QTest::newRow("plus is one segment") << u"auth/+/login"_s << u"auth/a/b/login"_s << false;
        QTest::newRow("plus and glob") << u"consul/+/secret/*"_s << u"consul/data/secret/gossip"_s << true;
    }

    void pathMatching()
    {
        QFETCH(QString, rule);
        QFETCH(QString, path);
        QFETCH(bool, matches);
        QCOMPARE(policyPathMatches(rule, path), matches);
    }

    void mostSpecificRuleWins()
    {
        QString error;
        const auto rules = parseAclPolicy(u"path \"consul/*\" { capabilities = [\"read\", \"list\"] }\n"
                                          u"path \"consul/data/secret/*\" { capabilities = [\"deny\"] }\n"
                                          u"path \"consul/data/secret/gossip\" { capabilities = [\"read\"] }\n"_s,
            &error);
        QVERIFY(rules);
        const AclEvaluator acl(*rules);
        QVERIFY(acl.allows(u"consul/data/other"_s, u"read"_s));
        QVERIFY(!acl.allows(u"consul/data/secret/bootstrap"_s, u"read"_s)); // deny, more specific glob
        QVERIFY(acl.allows(u"consul/data/secret/gossip"_s, u"read"_s));     // exact beats glob
        QVERIFY(!acl.allows(u"consul/data/secret/gossip"_s, u"update"_s));
        QVERIFY(!acl.allows(u"pki/cert/ca"_s, u"read"_s));
    }

    void rulesOfSeveralPoliciesMerge()
    {
        QString error;
        auto rules = *parseAclPolicy(u"path \"pki/issue/x\" { capabilities = [\"create\"] }"_s, &error);
        rules += *parseAclPolicy(u"path \"pki/issue/x\" { capabilities = [\"update\"] }"_s, &error);
        const AclEvaluator acl(rules);
        QCOMPARE(acl.capabilities(u"pki/issue/x"_s), (QStringList {u"create"_s, u"update"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSimVaultPolicy)
#include "tst_simvaultpolicy.moc"
