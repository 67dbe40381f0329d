#include "services/credentials/KeychainCredentialStore.h"

#include "services/Logging.h"

#include <QCoro/QCoroSignal>
#include <qt6keychain/keychain.h>

namespace meshfed {

namespace {

CredentialErrorKind kindOf(QKeychain::Error error)
{
    switch (error) {
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
        return CredentialErrorKind::Other;
    }
}

/// Runs a prepared job to its end. Never logs or returns the secret in a message.
QCoro::Task<CredentialResult> run(QKeychain::Job* job, QString key)
{
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->start();
    co_await qCoro(job, &QKeychain::Job::finished);
    CredentialResult result;
    result.error = kindOf(job->error());
    if (result.error != CredentialErrorKind::None) {
        result.message = CredentialStore::messageFor(result.error, key, job->errorString());
        qCDebug(lcKeychain).noquote() << "keychain" << key << "failed:" << int(job->error());
    }
    co_return result;
}

} // namespace

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
