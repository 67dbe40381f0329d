#pragma once

#include "services/credentials/CredentialStore.h"

#include <QMap>

namespace meshfed::test {

/// In-memory CredentialStore for tests and previews; `unavailable` makes it behave like a system
/// without a keychain service.
class FakeCredentialStore : public CredentialStore
{
public:
    QMap<QString, QString> entries;
    bool unavailable = false;

    QCoro::Task<CredentialResult> read(QString key) override
    {
        if (unavailable)
            co_return failure(CredentialErrorKind::NoBackend, key);
        if (!entries.contains(key))
            co_return failure(CredentialErrorKind::NotFound, key);
        co_return CredentialResult {entries.value(key), CredentialErrorKind::None, {}};
    }

    QCoro::Task<CredentialResult> write(QString key, QString secret) override
    {
        if (unavailable)
            co_return failure(CredentialErrorKind::NoBackend, key);
        entries.insert(key, secret);
        co_return CredentialResult {};
    }

    QCoro::Task<CredentialResult> remove(QString key) override
    {
        if (unavailable)
            co_return failure(CredentialErrorKind::NoBackend, key);
        entries.remove(key);
        co_return CredentialResult {};
    }

private:
    static CredentialResult failure(CredentialErrorKind kind, const QString& key)
    {
        return {{}, kind, messageFor(kind, key, QStringLiteral("fake"))};
    }
};

} // namespace meshfed::test
