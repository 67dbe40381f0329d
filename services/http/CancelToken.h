#pragma once

#include <QObject>

namespace meshfed {

/// Lets a caller abandon requests it started. Pass one token to any number of requests; cancel()
/// aborts the ones in flight (they end with HttpErrorKind::Cancelled) and stops pending retries.
///
/// Usage: `auto* token = new CancelToken(this); request.setCancelToken(token); ... token->cancel();`
class CancelToken : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isCancelled() const { return m_cancelled; }

    /// Idempotent: the signal fires once.
    void cancel();

Q_SIGNALS:
    void cancelled();

private:
    bool m_cancelled = false;
};

} // namespace meshfed
