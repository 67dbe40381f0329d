#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace meshfed {

/// One decoded line of a Kubernetes watch stream: {"type": T, "object": {...}}.
struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark, Error, Invalid };
    Type type = Type::Invalid;
    QJsonObject object;
    QString resourceVersion; ///< object.metadata.resourceVersion (empty for ERROR)
    QString problem;         ///< why an Invalid line could not be decoded
};

/// Splits a watch body into events. Bytes arrive in arbitrary pieces (one event over several
/// reads, several events in one read); only complete newline-terminated lines are decoded.
///
/// Usage: `for (const WatchEvent& event : decoder.feed(stream->takeAvailable())) handle(event);`
class WatchDecoder
{
public:
    QList<WatchEvent> feed(const QByteArray& bytes);
    /// The incomplete tail kept for the next feed().
    const QByteArray& pending() const { return m_pending; }
    void reset() { m_pending.clear(); }

    static WatchEvent decodeLine(const QByteArray& line);

private:
    QByteArray m_pending;
};

} // namespace meshfed
