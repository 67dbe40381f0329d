#include "model/kube/PodStatus.h"

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace meshfed;
using namespace Qt::StringLiterals;
using std::chrono::milliseconds;

Q_DECLARE_METATYPE(meshfed::PodHealth)

namespace {

const QDateTime kNow = QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::utc());

/// A pod from JSON fragments: spec containers and init containers, then the status object.
QByteArray pod(const QByteArray& spec, const QByteArray& status, const QByteArray& metadataExtra = {})
{
    return R"({"metadata":{"name":"p","namespace":"ns","creationTimestamp":"2024-05-01T11:00:00Z")" + metadataExtra
        + R"(},"spec":)" + spec + R"(,"status":)" + status + "}";
}

const QByteArray kOneContainer = R"({"containers":[{"name":"app"}]})";
const QByteArray kTwoContainers = R"({"containers":[{"name":"a"},{"name":"b"}]})";
const QByteArray kTwoInit = R"({"initContainers":[{"name":"i0"},{"name":"i1"}],"containers":[{"name":"app"}]})";
const QByteArray kOneInit = R"({"initContainers":[{"name":"i0"}],"containers":[{"name":"app"}]})";
const QByteArray kSidecar
    = R"({"initContainers":[{"name":"mesh","restartPolicy":"Always"},{"name":"setup"}],"containers":[{"name":"app"}]})";

const QByteArray kRunningReady = R"({"name":"app","ready":true,"restartCount":0,"state":{"running":{}}})";
const QByteArray kReadyCondition = R"("conditions":[{"type":"Ready","status":"True"}])";

QByteArray waiting(const QByteArray& reason, int restarts = 0, const QByteArray& lastFinished = {})
{
    QByteArray last;
    if (!lastFinished.isEmpty())
        last = R"(,"lastState":{"terminated":{"exitCode":1,"reason":"Error","finishedAt":")" + lastFinished + R"("}})";
    return R"({"name":"c","ready":false,"restartCount":)" + QByteArray::number(restarts) + last
        + R"(,"state":{"waiting":{"reason":")" + reason + R"("}}})";
}

QByteArray terminated(int exitCode, const QByteArray& reason, int signal = 0)
{
    return R"({"name":"c","ready":false,"restartCount":0,"state":{"terminated":{"exitCode":)"
        + QByteArray::number(exitCode) + R"(,"signal":)" + QByteArray::number(signal) + R"(,"reason":")" + reason
        + R"("}}})";
}

QByteArray statusOf(
    const QByteArray& phase, const QByteArray& init, const QByteArray& main, const QByteArray& extra = {})
{
    return R"({"phase":")" + phase + R"(","initContainerStatuses":[)" + init + R"(],"containerStatuses":[)" + main + "]"
        + (extra.isEmpty() ? QByteArray() : "," + extra) + "}";
}

PodStatus statusFrom(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s in %s", qPrintable(error.errorString()), json.constData());
    return PodStatus::fromPod(document.object());
}

} // namespace

class TestPodStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_data();
    void columns();
    void humanDuration_data();
    void humanDuration();
    void ageAndUnknownTimes();
    void summaryCarriesContainers();
};

void TestPodStatus::columns_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("ready");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("restarts");
    QTest::addColumn<PodHealth>("health");
    using H = PodHealth;

    QTest::newRow("running 1/1") << pod(kOneContainer, statusOf("Running", {}, kRunningReady, kReadyCondition))
                                 << u"1/1"_s << u"Running"_s << u"0"_s << H::Healthy;
    QTest::newRow("pending") << pod(kOneContainer, R"({"phase":"Pending"})") << u"0/1"_s << u"Pending"_s << u"0"_s
                             << H::Progressing;
    QTest::newRow("container creating") << pod(kOneContainer, statusOf("Pending", {}, waiting("ContainerCreating")))
                                        << u"0/1"_s << u"ContainerCreating"_s << u"0"_s << H::Progressing;
    QTest::newRow("Init:0/2") << pod(kTwoInit,
        statusOf("Pending", R"({"name":"i0","state":{"running":{}}},)" + waiting("PodInitializing"),
            waiting("PodInitializing")))
                              << u"0/1"_s << u"Init:0/2"_s << u"0"_s << H::Progressing;
    QTest::newRow("Init:1/2") << pod(kTwoInit,
        statusOf("Pending", terminated(0, "Completed") + R"(,{"name":"i1","state":{"running":{}}})",
            waiting("PodInitializing")))
                              << u"0/1"_s << u"Init:1/2"_s << u"0"_s << H::Progressing;
    QTest::newRow("Init:CrashLoopBackOff") << pod(kOneInit,
        statusOf("Pending", waiting("CrashLoopBackOff", 3, "2024-05-01T11:58:00Z"), waiting("PodInitializing")))
                                           << u"0/1"_s << u"Init:CrashLoopBackOff"_s << u"3 (2m ago)"_s << H::Failing;
    QTest::newRow("Init:Error") << pod(kOneInit, statusOf("Pending", terminated(1, "Error"), {})) << u"0/1"_s
                                << u"Init:Error"_s << u"0"_s << H::Failing;
    QTest::newRow("Init:Signal:9") << pod(kOneInit, statusOf("Pending", terminated(137, "", 9), {})) << u"0/1"_s
                                   << u"Init:Signal:9"_s << u"0"_s << H::Failing;
    QTest::newRow("Init:ExitCode:3") << pod(kOneInit, statusOf("Pending", terminated(3, ""), {})) << u"0/1"_s
                                     << u"Init:ExitCode:3"_s << u"0"_s << H::Failing;
    QTest::newRow("restarts of init containers after the blocking one are not counted")
        << pod(kTwoInit,
               statusOf("Pending",
                   waiting("CrashLoopBackOff", 2) + R"(,{"name":"i1","restartCount":7,"state":{"waiting":{}}})", {}))
        << u"0/1"_s << u"Init:CrashLoopBackOff"_s << u"2"_s << H::Failing;
    QTest::newRow("PodInitializing") << pod(
        kOneInit, statusOf("Pending", terminated(0, "Completed"), waiting("PodInitializing")))
                                     << u"0/1"_s << u"PodInitializing"_s << u"0"_s << H::Progressing;
    QTest::newRow("CrashLoopBackOff with restart age")
        << pod(kOneContainer, statusOf("Running", {}, waiting("CrashLoopBackOff", 5, "2024-05-01T11:58:00Z")))
        << u"0/1"_s << u"CrashLoopBackOff"_s << u"5 (2m ago)"_s << H::Failing;
    QTest::newRow("ImagePullBackOff") << pod(kOneContainer, statusOf("Pending", {}, waiting("ImagePullBackOff")))
                                      << u"0/1"_s << u"ImagePullBackOff"_s << u"0"_s << H::Failing;
    QTest::newRow("ErrImagePull") << pod(kOneContainer, statusOf("Pending", {}, waiting("ErrImagePull"))) << u"0/1"_s
                                  << u"ErrImagePull"_s << u"0"_s << H::Failing;
    QTest::newRow("Completed") << pod(kOneContainer, statusOf("Succeeded", {}, terminated(0, "Completed"))) << u"0/1"_s
                               << u"Completed"_s << u"0"_s << H::Healthy;
    QTest::newRow("Error") << pod(kOneContainer, statusOf("Failed", {}, terminated(1, "Error"))) << u"0/1"_s
                           << u"Error"_s << u"0"_s << H::Failing;
    QTest::newRow("ExitCode without reason") << pod(kOneContainer, statusOf("Failed", {}, terminated(2, "")))
                                             << u"0/1"_s << u"ExitCode:2"_s << u"0"_s << H::Failing;
    QTest::newRow("Signal without reason") << pod(kOneContainer, statusOf("Failed", {}, terminated(137, "", 9)))
                                           << u"0/1"_s << u"Signal:9"_s << u"0"_s << H::Failing;
    QTest::newRow("OOMKilled from the current state")
        << pod(kOneContainer, statusOf("Running", {}, terminated(137, "OOMKilled"))) << u"0/1"_s << u"OOMKilled"_s
        << u"0"_s << H::Failing;
    QTest::newRow("OOMKilled in lastState only: CrashLoopBackOff wins") << pod(kOneContainer,
        statusOf("Running", {},
            R"({"name":"app","restartCount":1,"state":{"waiting":{"reason":"CrashLoopBackOff"}},)"
            R"("lastState":{"terminated":{"exitCode":137,"reason":"OOMKilled","finishedAt":"2024-05-01T11:00:00Z"}}})"))
                                                                        << u"0/1"_s << u"CrashLoopBackOff"_s
                                                                        << u"1 (60m ago)"_s << H::Failing;
    QTest::newRow("Terminating") << pod(kOneContainer, statusOf("Running", {}, kRunningReady, kReadyCondition),
        R"(,"deletionTimestamp":"2024-05-01T11:59:00Z")")
                                 << u"1/1"_s << u"Terminating"_s << u"0"_s << H::Progressing;
    QTest::newRow("deleted Succeeded pod keeps Completed") << pod(kOneContainer,
        statusOf("Succeeded", {}, terminated(0, "Completed")), R"(,"deletionTimestamp":"2024-05-01T11:59:00Z")")
                                                           << u"0/1"_s << u"Completed"_s << u"0"_s << H::Healthy;
    QTest::newRow("deleted Failed pod keeps Error") << pod(
        kOneContainer, statusOf("Failed", {}, terminated(1, "Error")), R"(,"deletionTimestamp":"2024-05-01T11:59:00Z")")
                                                    << u"0/1"_s << u"Error"_s << u"0"_s << H::Failing;
    QTest::newRow("Unknown for NodeLost") << pod(
        kOneContainer, R"({"phase":"Running","reason":"NodeLost"})", R"(,"deletionTimestamp":"2024-05-01T11:59:00Z")")
                                          << u"0/1"_s << u"Unknown"_s << u"0"_s << H::Failing;
    QTest::newRow("NodeLost without deletion shows the reason")
        << pod(kOneContainer, R"({"phase":"Running","reason":"NodeLost"})") << u"0/1"_s << u"NodeLost"_s << u"0"_s
        << H::Failing;
    QTest::newRow("Evicted") << pod(kOneContainer, R"({"phase":"Failed","reason":"Evicted"})") << u"0/1"_s
                             << u"Evicted"_s << u"0"_s << H::Failing;
    QTest::newRow("ContainerStatusUnknown wins over Evicted") << pod(kOneContainer,
        R"({"phase":"Failed","reason":"Evicted","containerStatuses":[)" + terminated(137, "ContainerStatusUnknown")
            + "]}") << u"0/1"_s << u"ContainerStatusUnknown"_s << u"0"_s
                                                              << H::Failing;
    QTest::newRow("sidecar counted in READY; its restarts kept, regular init restarts dropped") << pod(kSidecar,
        statusOf("Running",
            R"({"name":"mesh","started":true,"ready":true,"restartCount":2,"state":{"running":{}},)"
            R"("lastState":{"terminated":{"exitCode":1,"finishedAt":"2024-05-01T11:50:00Z"}}},)"
            R"({"name":"setup","restartCount":4,"state":{"terminated":{"exitCode":0,"reason":"Completed"}},)"
            R"("lastState":{"terminated":{"exitCode":1,"finishedAt":"2024-05-01T11:55:00Z"}}})",
            kRunningReady, kReadyCondition)) << u"2/2"_s << u"Running"_s << u"2 (10m ago)"_s << H::Healthy;
    QTest::newRow("started but unready sidecar is not ready") << pod(kSidecar,
        statusOf("Running",
            R"({"name":"mesh","started":true,"ready":false,"restartCount":0,"state":{"running":{}}},)"
                + terminated(0, "Completed"),
            kRunningReady)) << u"1/2"_s << u"Running"_s << u"0"_s
                                                              << H::Progressing;
    QTest::newRow("NotReady: a completed container and a running one, pod not Ready") << pod(kTwoContainers,
        statusOf("Running", {}, terminated(0, "Completed") + R"(,{"name":"b","ready":true,"state":{"running":{}}})",
            R"("conditions":[{"type":"Ready","status":"False"}])")) << u"1/2"_s << u"NotReady"_s
                                                                                      << u"0"_s << H::Progressing;
    QTest::newRow("Completed and running with Ready=True reads Running") << pod(kTwoContainers,
        statusOf("Running", {}, terminated(0, "Completed") + R"(,{"name":"b","ready":true,"state":{"running":{}}})",
            kReadyCondition)) << u"1/2"_s << u"Running"_s << u"0"_s << H::Progressing;
    // api-fidelity §1.3: upstream (unlike OpenShift) lets the lowest index win even when a later
    // container failed, so the pod reads Completed. Its health follows the Failed phase.
    QTest::newRow("version-sensitive: Completed hides a later failed container")
        << pod(kTwoContainers, statusOf("Failed", {}, terminated(0, "Completed") + "," + terminated(1, "Error")))
        << u"0/2"_s << u"Completed"_s << u"0"_s << H::Failing;
    QTest::newRow("lowest-index container with a reason wins")
        << pod(kTwoContainers, statusOf("Pending", {}, waiting("ImagePullBackOff") + "," + waiting("CrashLoopBackOff")))
        << u"0/2"_s << u"ImagePullBackOff"_s << u"0"_s << H::Failing;
    QTest::newRow("ready:true but not running is not counted")
        << pod(kOneContainer, statusOf("Running", {}, R"({"name":"app","ready":true,"state":{"waiting":{}}})"))
        << u"0/1"_s << u"Running"_s << u"0"_s << H::Progressing;
    QTest::newRow("SchedulingGated") << pod(kOneContainer,
        R"({"phase":"Pending","conditions":[{"type":"PodScheduled","status":"False","reason":"SchedulingGated"}]})")
                                     << u"0/1"_s << u"SchedulingGated"_s << u"0"_s << H::Progressing;
    QTest::newRow("Init:0/1 survives with 1/1 under Initialized=True")
        << pod(kOneInit,
               statusOf("Running", R"({"name":"i0","state":{"running":{}}})", kRunningReady,
                   R"("conditions":[{"type":"Initialized","status":"True"},{"type":"Ready","status":"True"}])"))
        << u"1/1"_s << u"Init:0/1"_s << u"0"_s << H::Progressing;
}

void TestPodStatus::columns()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, ready);
    QFETCH(QString, status);
    QFETCH(QString, restarts);
    QFETCH(PodHealth, health);
    const PodStatus result = statusFrom(json);
    QCOMPARE(result.readyText(), ready);
    QCOMPARE(result.status, status);
    QCOMPARE(result.restartsText(kNow), restarts);
    QCOMPARE(result.health, health);
}

void TestPodStatus::humanDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    constexpr qint64 s = 1000;
    constexpr qint64 m = 60 * s;
    constexpr qint64 h = 60 * m;
    constexpr qint64 d = 24 * h;
    constexpr qint64 y = 365 * d;
    QTest::newRow("-2s invalid") << -2 * s << u"<invalid>"_s;
    QTest::newRow("-1.999s") << -1999LL << u"0s"_s;
    QTest::newRow("-1s") << -s << u"0s"_s;
    QTest::newRow("-1ms") << -1LL << u"0s"_s;
    QTest::newRow("0") << 0LL << u"0s"_s;
    QTest::newRow("1.999s") << 1999LL << u"1s"_s;
    QTest::newRow("119.999s") << 2 * m - 1 << u"119s"_s;
    QTest::newRow("2m") << 2 * m << u"2m"_s;
    QTest::newRow("2m30s") << 2 * m + 30 * s << u"2m30s"_s;
    QTest::newRow("9m59.999s") << 10 * m - 1 << u"9m59s"_s;
    QTest::newRow("10m") << 10 * m << u"10m"_s;
    QTest::newRow("10m59s") << 10 * m + 59 * s << u"10m"_s;
    QTest::newRow("3h - 1ms") << 3 * h - 1 << u"179m"_s;
    QTest::newRow("3h") << 3 * h << u"3h"_s;
    QTest::newRow("3h30m") << 3 * h + 30 * m << u"3h30m"_s;
    QTest::newRow("8h - 1ms") << 8 * h - 1 << u"7h59m"_s;
    QTest::newRow("8h") << 8 * h << u"8h"_s;
    QTest::newRow("48h - 1ms") << 48 * h - 1 << u"47h"_s;
    QTest::newRow("48h") << 48 * h << u"2d"_s;
    QTest::newRow("2d5h") << 2 * d + 5 * h << u"2d5h"_s;
    QTest::newRow("8d - 1ms") << 8 * d - 1 << u"7d23h"_s;
    QTest::newRow("8d") << 8 * d << u"8d"_s;
    QTest::newRow("730d - 1ms") << 2 * y - 1 << u"729d"_s;
    QTest::newRow("2y") << 2 * y << u"2y"_s;
    QTest::newRow("2y10d") << 2 * y + 10 * d << u"2y10d"_s;
    QTest::newRow("8y - 1ms") << 8 * y - 1 << u"7y364d"_s;
    QTest::newRow("8y") << 8 * y << u"8y"_s;
    QTest::newRow("100y") << 100 * y + 100 * d << u"100y"_s;
}

void TestPodStatus::humanDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(meshfed::humanDuration(milliseconds(ms)), text);
}

void TestPodStatus::ageAndUnknownTimes()
{
    const PodStatus status = statusFrom(pod(kOneContainer, R"({"phase":"Pending"})"));
    QCOMPARE(status.ageText(kNow), u"60m"_s);
    QCOMPARE(humanAge(QDateTime(), kNow), u"<unknown>"_s);
    QCOMPARE(humanAge(kNow.addSecs(5), kNow), u"<invalid>"_s);
    QCOMPARE(parseKubeTimestamp(u"2024-05-01T11:00:00Z"_s), kNow.addSecs(-3600));
    QVERIFY(!parseKubeTimestamp(u"yesterday"_s).isValid());
    // restarts without any lastState time: the plain number
    const PodStatus noDate = statusFrom(pod(kOneContainer, statusOf("Running", {}, waiting("CrashLoopBackOff", 4))));
    QCOMPARE(noDate.restartsText(kNow), u"4"_s);
}

void TestPodStatus::summaryCarriesContainers()
{
    const QByteArray json
        = R"({"metadata":{"name":"web-0","namespace":"shop","uid":"u-1","labels":{"app":"web"}},)"
          R"("spec":{"nodeName":"node-a","initContainers":[{"name":"init","image":"busybox"}],)"
          R"("containers":[{"name":"app","image":"nginx"},{"name":"log","image":"fluent"}]},)"
          R"("status":{"phase":"Running","initContainerStatuses":[)"
          R"({"name":"init","state":{"terminated":{"exitCode":0,"reason":"Completed"}}}],)"
          R"("containerStatuses":[{"name":"log","restartCount":3,"state":{"waiting":)"
          R"({"reason":"CrashLoopBackOff"}},"lastState":{"terminated":{"exitCode":2,"reason":"Error"}}},)"
          R"({"name":"app","ready":true,"started":true,"state":{"running":{}}}]}})";
    const PodSummary summary = PodSummary::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(summary.name, u"web-0"_s);
    QCOMPARE(summary.namespaceName, u"shop"_s);
    QCOMPARE(summary.uid, u"u-1"_s);
    QCOMPARE(summary.node, u"node-a"_s);
    QCOMPARE(summary.key(), u"shop/web-0"_s);
    QCOMPARE(summary.labels.value(u"app"_s), u"web"_s);
    QCOMPARE(summary.status.status, u"CrashLoopBackOff"_s);
    QCOMPARE(summary.containers.size(), 2);
    QCOMPARE(summary.containers.at(0).name, u"app"_s); // spec order, not status order
    QCOMPARE(summary.containers.at(0).state, u"running"_s);
    QVERIFY(summary.containers.at(0).ready);
    QCOMPARE(summary.containers.at(1).reason, u"CrashLoopBackOff"_s);
    QCOMPARE(summary.containers.at(1).restartCount, 3);
    QCOMPARE(summary.containers.at(1).lastTerminationReason, u"Error"_s);
    QCOMPARE(summary.containers.at(1).lastExitCode, 2);
    QCOMPARE(summary.initContainers.size(), 1);
    QCOMPARE(summary.initContainers.at(0).state, u"terminated"_s);
    QCOMPARE(summary.initContainers.at(0).reason, u"Completed"_s);
}

QTEST_GUILESS_MAIN(TestPodStatus)
#include "tst_podstatus.moc"
