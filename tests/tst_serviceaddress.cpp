// Where a LoadBalancer Service is reached, as kubectl's EXTERNAL-IP shows it.
#include "model/kube/ServiceAddress.h"

#include <QJsonDocument>
#include <QTest>

using namespace meshfed;
using namespace Qt::StringLiterals;

class TestServiceAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheFirstIngress_data()
    {
        QTest::addColumn<QByteArray>("service");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::newRow("ip") << QByteArray(R"({"spec":{"ports":[{"port":8200}]},
            "status":{"loadBalancer":{"ingress":[{"ip":"203.0.113.10"}]}}})")
                            << u"203.0.113.10"_s << 8200;
        QTest::newRow("hostname (EKS)") << QByteArray(R"({"spec":{"ports":[{"port":443},{"port":8443}]},
            "status":{"loadBalancer":{"ingress":[{"hostname":"a1b2.elb.amazonaws.com"}]}}})")
                                        << u"a1b2.elb.amazonaws.com"_s << 443;
        QTest::newRow("ip before hostname") << QByteArray(R"({"spec":{"ports":[{"port":80}]},
            "status":{"loadBalancer":{"ingress":[{"ip":"192.0.2.7","hostname":"lb.example"}]}}})")
                                            << u"192.0.2.7"_s << 80;
        QTest::newRow("not assigned yet") << QByteArray(R"({"spec":{"ports":[{"port":8200}]},
            "status":{"loadBalancer":{}}})")
                                          << QString() << 8200;
        QTest::newRow("no status at all") << QByteArray(R"({"spec":{}})") << QString() << 0;
    }

    void readsTheFirstIngress()
    {
        QFETCH(QByteArray, service);
        QFETCH(QString, host);
        QFETCH(int, port);
        const auto [gotHost, gotPort] = loadBalancerAddress(QJsonDocument::fromJson(service).object());
        QCOMPARE(gotHost, host);
        QCOMPARE(gotPort, port);
    }
};

QTEST_GUILESS_MAIN(TestServiceAddress)
#include "tst_serviceaddress.moc"
