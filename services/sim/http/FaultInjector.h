#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace meshfed {

/// One kind of trouble for requests whose path matches a pattern.
struct FaultRule
{
    enum class Kind {
        Latency, ///< answer after `delayMs`
        Status,  ///< answer `status` (e.g. 500, 503, 429 with `retryAfterSeconds`) instead
        Reset,   ///< drop the connection after `bytes` of the real response body
        Hang,    ///< never answer
    };

    Kind kind = Kind::Status;
    QRegularExpression path {QStringLiteral(".*")};
    QByteArray method; ///< empty: every method
    double probability = 1.0;
    int remaining = -1; ///< how many more times it may fire; -1: always
    int status = 500;
    int retryAfterSeconds = 0;
    int delayMs = 0;
    qsizetype bytes = 0;
};

/// Decides, deterministically from a seed, which requests meet which fault.
/// Usage:
///     injector.setSeed(42);
///     injector.add({FaultRule::Kind::Status, QRegularExpression("^/v1/sys/mounts"), {}, 0.5, -1, 503});
///     if (auto fault = injector.pick(method, path)) ...
class FaultInjector
{
public:
    void setSeed(quint32 seed) { m_random.seed(seed); }
    void add(const FaultRule& rule) { m_rules << rule; }
    void clear() { m_rules.clear(); }
    bool isEmpty() const { return m_rules.isEmpty(); }

    /// The first rule that matches and fires for this request (and counts it down).
    std::optional<FaultRule> pick(const QByteArray& method, const QString& path);

private:
    QList<FaultRule> m_rules;
    QRandomGenerator m_random {1};
};

} // namespace meshfed
