#include "services/credentials/KeychainCredentialStore.h"

#include "services/Logging.h"

#include <QCoro/QCoroSignal>
#include <qt6keychain/keychain.h>

namespace meshfed {

namespace {

/// Runs a prepared job to its end. Never logs or returns the secret in a message.
QCoro::Task<CredentialResult> run(QKeychain::Job* job, QString key)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    CredentialResult result;
    result.error = KeychainCredentialStore::classify(int(job->error()), job->errorString());
    if (result.error != CredentialErrorKind::None) {
        result.message = CredentialStore::messageFor(result.error, key, job->errorString());
        qCDebug(lcKeychain).noquote() << "keychain" << key << "failed:" << int(job->error());
    }
    co_return result;
}

} // namespace

CredentialErrorKind KeychainCredentialStore::classify(int keychainError, const QString& text)
{
    switch (QKeychain::Error(keychainError)) {
    case QKeychain::NoError:
        return CredentialErrorKind::None;
    case QKeychain::EntryNotFound:
        return CredentialErrorKind::NotFound;
    case QKeychain::NoBackendAvailable:
        return CredentialErrorKind::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return CredentialErrorKind::AccessDenied;
    default:
        break;
    }
    // libsecret reports an unreachable D-Bus or a missing Secret Service as a generic error; only
    // its text tells. Listed: GIO's connect failure, no X11 to autolaunch a bus, no provider.
    static const QStringList missingService {QStringLiteral("Could not connect"), QStringLiteral("autolaunch"),
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("ServiceUnknown"),
        QStringLiteral("not provided by any .service files"), QStringLiteral("No keychain service")};
    for (const QString& marker : missingService) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return CredentialErrorKind::NoBackend;
    }
    return CredentialErrorKind::Other;
}

KeychainCredentialStore::KeychainCredentialStore(QString service)
    : m_service(std::move(service))
{ }

QCoro::Task<CredentialResult> KeychainCredentialStore::read(QString key)
{
    QKeychain::ReadPasswordJob job(m_service);
    CredentialResult result = co_await run(&job, key);
    if (result.ok())
        result.secret = job.textData();
    co_return result;
}

QCoro::Task<CredentialResult> KeychainCredentialStore::write(QString key, QString secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setTextData(secret);
    secret.fill(u'\0');
    co_return co_await run(&job, key);
}

QCoro::Task<CredentialResult> KeychainCredentialStore::remove(QString key)
{
    QKeychain::DeletePasswordJob job(m_service);
    CredentialResult result = co_await run(&job, key);
    if (result.error == CredentialErrorKind::NotFound)
        result = {};
    co_return result;
}

} // namespace meshfed
