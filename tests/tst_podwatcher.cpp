// PodWatcher against a scripted API server: list then watch, events split across reads, resume
// from the last resourceVersion (bookmarks), 410 Gone (HTTP and ERROR event), stale flag and
// connection states, with QAbstractItemModelTester on the model throughout.
#include "services/kube/PodWatcher.h"
#include "services/kube/WatchDecoder.h"
#include "tests/support/TestHttpServer.h"
#include "tests/support/TestSupport.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace meshfed;
using meshfed::test::RecordedRequest;
using meshfed::test::ScriptedResponse;
using Chunk = meshfed::test::ScriptedResponse::Chunk;
using StreamEnd = meshfed::test::ScriptedResponse::StreamEnd;

namespace {

QJsonObject pod(const QString& name, const QString& rv)
{
    const QJsonObject metadata {{u"name"_s, name}, {u"namespace"_s, u"consul"_s}, {u"uid"_s, QString(u"uid-"_s + name)},
        {u"resourceVersion"_s, rv}, {u"creationTimestamp"_s, u"2026-05-01T09:00:00Z"_s}};
    QJsonObject out;
    out.insert(u"metadata"_s, metadata);
    out.insert(u"status"_s, QJsonObject {{u"phase"_s, u"Running"_s}});
    return out;
}

QByteArray list(const QStringList& names, const QString& rv)
{
    QJsonArray items;
    for (const QString& name : names)
        items.append(pod(name, rv));
    const QJsonObject body {
        {u"kind"_s, u"PodList"_s}, {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, rv}}}, {u"items"_s, items}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray watchEvent(const QString& type, const QJsonObject& object)
{
    return QJsonDocument(QJsonObject {{u"type"_s, type}, {u"object"_s, object}}).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray bookmark(const QString& rv)
{
    return watchEvent(
        u"BOOKMARK"_s, {{u"kind"_s, u"Pod"_s}, {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, rv}}}});
}

QByteArray gone()
{
    return QJsonDocument(
        QJsonObject {{u"kind"_s, u"Status"_s}, {u"status"_s, u"Failure"_s},
            {u"message"_s, u"too old resource version: 10 (20)"_s}, {u"reason"_s, u"Expired"_s}, {u"code"_s, 410}})
        .toJson(QJsonDocument::Compact);
}

bool isWatch(const RecordedRequest& request)
{
    return QUrlQuery(QUrl::fromEncoded(request.target)).queryItemValue(u"watch"_s) == u"1";
}

QString query(const RecordedRequest& request, const QString& key)
{
    return QUrlQuery(QUrl::fromEncoded(request.target)).queryItemValue(key);
}

} // namespace

class TestPodWatcher : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<test::TestHttpServer> m_server;
    std::unique_ptr<KubeClient> m_kube;
    std::unique_ptr<PodModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<PodWatcher> m_watcher;
    QList<std::pair<PodWatcher::State, QString>> m_states;
    QList<bool> m_stale;

    QStringList names() const
    {
        QStringList out;
        for (int row = 0; row < m_model->rowCount(); ++row)
            out.append(m_model->podAt(row).name);
        out.sort();
        return out;
    }

    QList<PodWatcher::State> states() const
    {
        QList<PodWatcher::State> out;
        for (const auto& [state, reason] : m_states)
            out.append(state);
        return out;
    }

    QStringList watchVersions() const
    {
        QStringList out;
        for (const RecordedRequest& request : m_server->requests()) {
            if (isWatch(request))
                out.append(query(request, u"resourceVersion"_s));
        }
        return out;
    }

    int listCount() const
    {
        int count = 0;
        for (const RecordedRequest& request : m_server->requests())
            count += isWatch(request) ? 0 : 1;
        return count;
    }

    void startWatcher()
    {
        ResolvedKubeContext context;
        context.contextName = u"dc1"_s;
        context.server = m_server->url();
        m_kube = std::make_unique<KubeClient>(&m_nam, context);
        m_kube->setTimeout(5s);
        m_kube->setRetryPolicy(RetryPolicy::none());
        m_watcher = std::make_unique<PodWatcher>(m_kube.get(), m_model.get(), u"consul"_s, u"app=consul"_s);
        m_watcher->setBackoff([](int) { return 10ms; });
        m_watcher->setBatchInterval(20ms);
        m_watcher->setWatchTimeoutSource([] { return 321; });
        m_watcher->setMaxFailures(3);
        connect(
            m_watcher.get(), &PodWatcher::stateChanged, this, [this](PodWatcher::State state, const QString& reason) {
                m_states.append({state, reason});
            });
        m_watcher->start();
    }

private Q_SLOTS:
    void init()
    {
        m_nam.clearConnectionCache();
        m_server = std::make_unique<test::TestHttpServer>();
        QVERIFY(m_server->listen());
        m_model = std::make_unique<PodModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        connect(m_model.get(), &PodModel::staleChanged, this, [this](bool stale) { m_stale.append(stale); });
        m_states.clear();
        m_stale.clear();
    }

    void cleanup()
    {
        m_watcher.reset();
        m_kube.reset();
        m_tester.reset();
        m_model.reset();
        m_server.reset();
    }

    void decoderJoinsEventsSplitAcrossReads()
    {
        WatchDecoder decoder;
        const QByteArray all = watchEvent(u"ADDED"_s, pod(u"a"_s, u"11"_s)) + bookmark(u"12"_s);
        QList<WatchEvent> events;
        for (qsizetype at = 0; at < all.size(); at += 7)
            events += decoder.feed(all.mid(at, 7));
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[0].type, WatchEvent::Type::Added);
        QCOMPARE(events[0].resourceVersion, u"11"_s);
        QCOMPARE(events[1].type, WatchEvent::Type::Bookmark);
        QCOMPARE(events[1].resourceVersion, u"12"_s);
        QVERIFY(decoder.pending().isEmpty());
        QCOMPARE(decoder.feed("{\"type\":\"WHAT\",\"object\":{}}\n").first().type, WatchEvent::Type::Invalid);
        QCOMPARE(decoder.feed("not json\n").first().type, WatchEvent::Type::Invalid);
    }

    void listsThenWatchesAndResumesAfterADrop()
    {
        const QByteArray added = watchEvent(u"ADDED"_s, pod(u"c"_s, u"11"_s));
        m_server->enqueue(ScriptedResponse::json(200, list({u"a"_s, u"b"_s}, u"10"_s)));
        m_server->enqueue(ScriptedResponse::stream(
            {{added.left(20), 0}, {added.mid(20), 50}, {watchEvent(u"MODIFIED"_s, pod(u"a"_s, u"12"_s)), 10},
                {bookmark(u"15"_s), 10}},
            StreamEnd::Cut));
        m_server->enqueue(
            ScriptedResponse::stream({{watchEvent(u"DELETED"_s, pod(u"b"_s, u"16"_s)), 0}}, StreamEnd::Hang));
        startWatcher();
        QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList {u"a"_s, u"c"_s}), 5000);
        QCOMPARE(watchVersions(), (QStringList {u"10"_s, u"15"_s})); // resumed from the bookmark's version
        QCOMPARE(listCount(), 1);
        QCOMPARE(m_watcher->resourceVersion(), u"16"_s);
        QCOMPARE(states(),
            (QList<PodWatcher::State> {PodWatcher::State::Connecting, PodWatcher::State::Connected,
                PodWatcher::State::Reconnecting, PodWatcher::State::Connected}));
        QVERIFY2(m_states[2].second.contains(u"Cluster \"dc1\""_s), qPrintable(m_states[2].second));
        QCOMPARE(m_stale, (QList<bool> {true, false})); // stale only while disconnected
        QVERIFY(!m_model->isStale());
        const RecordedRequest& watch = m_server->requests()[1];
        QCOMPARE(query(watch, u"allowWatchBookmarks"_s), u"true"_s);
        QCOMPARE(query(watch, u"timeoutSeconds"_s), u"321"_s);
        QCOMPARE(query(watch, u"labelSelector"_s), u"app=consul"_s);
    }

    void cleanEndResumesAtOnceWithoutGoingStale()
    {
        m_server->enqueue(ScriptedResponse::json(200, list({u"a"_s}, u"10"_s)));
        m_server->enqueue(ScriptedResponse::stream({{watchEvent(u"ADDED"_s, pod(u"b"_s, u"11"_s)), 0}}));
        m_server->enqueue(ScriptedResponse::stream({}, StreamEnd::Hang));
        startWatcher();
        QTRY_COMPARE_WITH_TIMEOUT(watchVersions(), (QStringList {u"10"_s, u"11"_s}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList {u"a"_s, u"b"_s}), 5000);
        QVERIFY(m_stale.isEmpty());
        QCOMPARE(states(), (QList<PodWatcher::State> {PodWatcher::State::Connecting, PodWatcher::State::Connected}));
    }

    void goneListsAgain_data()
    {
        QTest::addColumn<bool>("asEvent");
        QTest::newRow("HTTP 410") << false;
        QTest::newRow("ERROR event 410") << true;
    }

    void goneListsAgain()
    {
        QFETCH(bool, asEvent);
        m_server->enqueue(ScriptedResponse::json(200, list({u"a"_s, u"b"_s}, u"10"_s)));
        if (asEvent) {
            m_server->enqueue(ScriptedResponse::stream(
                {{watchEvent(u"ERROR"_s, QJsonDocument::fromJson(gone()).object()), 0}}, StreamEnd::Hang));
        } else {
            m_server->enqueue(ScriptedResponse::json(410, gone()));
        }
        m_server->enqueue(ScriptedResponse::json(200, list({u"a"_s, u"c"_s}, u"20"_s)));
        m_server->enqueue(ScriptedResponse::stream({}, StreamEnd::Hang));
        startWatcher();
        QTRY_COMPARE_WITH_TIMEOUT(watchVersions(), (QStringList {u"10"_s, u"20"_s}), 5000);
        QCOMPARE(listCount(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(names(), (QStringList {u"a"_s, u"c"_s}), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->state(), PodWatcher::State::Connected, 5000);
        QVERIFY(!m_model->isStale());
    }

    void refusedCredentialsFailForGood()
    {
        m_server->enqueue(ScriptedResponse::json(200, list({u"a"_s}, u"10"_s)));
        m_server->enqueue(ScriptedResponse::json(
            401, R"({"kind":"Status","code":401,"reason":"Unauthorized","message":"Unauthorized"})"));
        startWatcher();
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->state(), PodWatcher::State::Failed, 5000);
        const QString reason = m_watcher->reason();
        QVERIFY2(reason.contains(u"Cluster \"dc1\""_s), qPrintable(reason));
        QVERIFY2(reason.contains(u"GET http://127.0.0.1:%1/api/v1/namespaces/consul/pods"_s.arg(m_server->port())),
            qPrintable(reason));
        QVERIFY2(reason.contains(u"token may have expired"_s), qPrintable(reason));
        QVERIFY(m_model->isStale());
        QCOMPARE(m_model->rowCount(), 1); // the last known pods stay, greyed out
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), 2); // no retry loop
    }

    void unreachableServerReconnectsThenFails()
    {
        const QUrl url = m_server->url();
        m_server.reset(); // nothing listens there any more
        m_server = std::make_unique<test::TestHttpServer>();
        ResolvedKubeContext context;
        context.contextName = u"dc1"_s;
        context.server = url;
        m_kube = std::make_unique<KubeClient>(&m_nam, context);
        m_kube->setRetryPolicy(RetryPolicy::none());
        m_watcher = std::make_unique<PodWatcher>(m_kube.get(), m_model.get(), QString(), QString());
        m_watcher->setBackoff([](int) { return 10ms; });
        m_watcher->setMaxFailures(3);
        connect(
            m_watcher.get(), &PodWatcher::stateChanged, this, [this](PodWatcher::State state, const QString& reason) {
                m_states.append({state, reason});
            });
        m_watcher->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->state(), PodWatcher::State::Failed, 5000);
        QVERIFY(states().contains(PodWatcher::State::Reconnecting));
        QVERIFY2(m_watcher->reason().contains(u"refused"_s), qPrintable(m_watcher->reason()));
    }

    void emptyStreamsThatEndAtOnceBackOff()
    {
        m_server->enqueue(ScriptedResponse::json(200, list({u"a"_s}, u"10"_s)));
        m_server->setHandler([](const RecordedRequest&) { return ScriptedResponse::stream({}); });
        startWatcher();
        QTRY_COMPARE_WITH_TIMEOUT(m_watcher->state(), PodWatcher::State::Reconnecting, 5000);
        QVERIFY2(m_watcher->reason().contains(u"ended the watch at once"_s), qPrintable(m_watcher->reason()));
        QVERIFY(m_model->isStale());
    }

    void batchesEventsForTheModel()
    {
        QByteArray many;
        for (int i = 0; i < 50; ++i)
            many += watchEvent(u"ADDED"_s, pod(u"p%1"_s.arg(i, 2, 10, QChar(u'0')), QString::number(100 + i)));
        m_server->enqueue(ScriptedResponse::json(200, list({}, u"10"_s)));
        m_server->enqueue(ScriptedResponse::stream({{many, 0}}, StreamEnd::Hang));
        startWatcher();
        QSignalSpy batches(m_watcher.get(), &PodWatcher::eventsReceived);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 50, 5000);
        QVERIFY2(batches.size() <= 2, "50 events arriving together are handed over in one or two batches");
        QVERIFY(inserted.size() <= 2);
    }
};

QTEST_GUILESS_MAIN(TestPodWatcher)
#include "tst_podwatcher.moc"
