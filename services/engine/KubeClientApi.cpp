#include "services/engine/KubeClientApi.h"

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

/// A KubeError as the engine's reply: API answers keep their status and Status message, transport
/// failures become `error`.
KubeReply replyOf(const KubeError& error, int successStatus)
{
    KubeReply reply;
    if (!error.isError()) {
        reply.status = successStatus;
        return reply;
    }
    reply.status = error.code;
    reply.json = QJsonObject {{u"message"_s, error.serverMessage}, {u"reason"_s, error.reason}};
    if (error.kind != KubeErrorKind::Status || error.code == 0)
        reply.error = error.message;
    return reply;
}

} // namespace

KubeClientApi::KubeClientApi(QNetworkAccessManager* nam, ResolvedKubeContext context)
    : m_client(std::make_unique<KubeClient>(nam, std::move(context)))
{ }

QCoro::Task<KubeReply> KubeClientApi::logs(KubeCall call)
{
    // /api/v1/namespaces/<ns>/pods/<pod>/log
    const QStringList parts = call.path.split(u'/', Qt::SkipEmptyParts);
    const QString tail = call.query.queryItemValue(u"tailLines"_s);
    const auto result = co_await m_client->podLogs(
        parts.value(3), parts.value(5), call.query.queryItemValue(u"container"_s), tail.isEmpty() ? -1 : tail.toInt());
    KubeReply reply = replyOf(result.error, 200);
    reply.body = result.value;
    co_return reply;
}

QCoro::Task<KubeReply> KubeClientApi::review(KubeCall call)
{
    const QByteArray token = call.body->value(u"spec"_s).toObject().value(u"token"_s).toString().toUtf8();
    const auto result = co_await m_client->reviewToken(token, call.bearer.toUtf8());
    KubeReply reply = replyOf(result.error, 201);
    reply.json.insert(u"status"_s, QJsonObject {{u"authenticated"_s, result.value.authenticated}});
    co_return reply;
}

QCoro::Task<KubeReply> KubeClientApi::call(KubeCall call)
{
    if (call.method == "GET" && call.path.endsWith(u"/log"_s))
        co_return co_await logs(call);
    if (call.method == "POST" && !call.bearer.isEmpty() && call.body)
        co_return co_await review(call);
    KubeResult<QJsonObject> result;
    int success = 200;
    if (call.method == "POST") {
        result = co_await m_client->create(call.path, call.body.value_or(QJsonObject()));
        success = 201;
    } else if (call.method == "DELETE") {
        result = co_await m_client->remove(call.path);
    } else {
        result = co_await m_client->get(call.path, call.query);
    }
    KubeReply reply = replyOf(result.error, success);
    if (!result.error.isError())
        reply.json = result.value;
    co_return reply;
}

} // namespace meshfed
