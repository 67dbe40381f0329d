#include "model/yaml/YamlWriter.h"

#include <QTest>

#include <yaml-cpp/yaml.h>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestYamlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ambiguousStringsAreQuoted_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("quoted");
        QTest::newRow("plain") << u"consul"_s << false;
        QTest::newRow("path") << u"pki/issue/consul-cert-dc1"_s << false;
        QTest::newRow("version") << u"2.0.3"_s << false;
        QTest::newRow("duration") << u"87600h"_s << false;
        QTest::newRow("yes") << u"yes"_s << true;
        QTest::newRow("Off") << u"Off"_s << true;
        QTest::newRow("true") << u"true"_s << true;
        QTest::newRow("null") << u"null"_s << true;
        QTest::newRow("tilde") << u"~"_s << true;
        QTest::newRow("integer") << u"123"_s << true;
        QTest::newRow("negative") << u"-5"_s << true;
        QTest::newRow("float") << u"1.5"_s << true;
        QTest::newRow("exponent") << u"1e3"_s << true;
        QTest::newRow("hex") << u"0x1F"_s << true;
        QTest::newRow("octal") << u"0o17"_s << true;
        QTest::newRow("infinity") << u".inf"_s << true;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("host and port") << u"10.0.0.1:443"_s << true;
        QTest::newRow("url") << u"http://x:8200"_s << true;
        QTest::newRow("hash") << u"a#b"_s << true;
        QTest::newRow("star") << u"*"_s << true;
        QTest::newRow("leading space") << u" x"_s << true;
    }

    void ambiguousStringsAreQuoted()
    {
        QFETCH(QString, text);
        QFETCH(bool, quoted);
        QCOMPARE(YamlWriter::needsQuotes(text), quoted);
        // Whatever the quoting, a YAML reader gets the same string back.
        YamlWriter w;
        w.value(u"k"_s, text);
        const YAML::Node node = YAML::Load(w.finish().toStdString());
        QVERIFY(node["k"].IsScalar());
        QCOMPARE(QString::fromStdString(node["k"].Scalar()), text);
        if (quoted)
            QCOMPARE(node["k"].Tag(), std::string("!"));
    }

    void commentsAreIndentedLikeTheirKey()
    {
        YamlWriter w;
        w.comment(u"top\nsecond"_s);
        w.beginMap(u"vault"_s);
        w.value(u"mount"_s, u"consul"_s, u"trailing"_s);
        w.comment(u"about gossip"_s);
        w.beginMap(u"gossip"_s);
        w.value(u"replicas"_s, 3);
        w.value(u"enabled"_s, false);
        w.endMap();
        w.endMap();
        w.beginList(u"items"_s);
        w.beginListItem();
        w.value(u"name"_s, u"dc1"_s);
        w.endListItem();
        w.endList();
        w.list(u"gateways"_s, {u"a:443"_s});
        QCOMPARE(QString::fromUtf8(w.finish()),
            u"# top\n"
            u"# second\n"
            u"vault:\n"
            u"  mount: consul  # trailing\n"
            u"  # about gossip\n"
            u"  gossip:\n"
            u"    replicas: 3\n"
            u"    enabled: false\n"
            u"items:\n"
            u"  - name: dc1\n"
            u"gateways:\n"
            u"  - \"a:443\"\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
