#pragma once

#include "services/http/HttpResponse.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace meshfed {

/// What went wrong with a Vault call. Transport failures keep their HttpErrorKind in `transport`.
enum class VaultErrorKind {
    None,
    Configuration,    ///< address, CA or client certificate unusable; nothing was sent
    Transport,        ///< no HTTP answer (see VaultError::transport): refused, timeout, TLS, cancelled ...
    BadRequest,       ///< 400
    PermissionDenied, ///< 403
    NotFound,         ///< 404 that is an error for this call
    AlreadyExists,    ///< KV check-and-set mismatch, or a mount path already in use; nothing changed
    NotConsistent,    ///< 412 (Enterprise read-after-write), after retries
    RateLimited,      ///< 429 outside sys/health, after retries
    Sealed,           ///< 503 "Vault is sealed"
    NotInitialized,   ///< 501
    ServerError,      ///< other 5xx, after retries
    UnexpectedStatus, ///< any other status
    InvalidResponse,  ///< the body is not the JSON the call expects
};

/// A failed Vault call: typed, with the path (no query), Vault's own messages and a translated
/// message for the user that never contains a token, header, query string or body.
struct VaultError
{
    VaultErrorKind kind = VaultErrorKind::None;
    HttpErrorKind transport = HttpErrorKind::None;
    int status = 0;
    QString path;         ///< e.g. "sys/mounts/consul"
    QStringList messages; ///< Vault's "errors" list, may be empty
    int attempts = 0;
    QString message;

    bool isError() const { return kind != VaultErrorKind::None; }
};

/// The value of a call, or its error; `warnings` of a 200 body are passed on in both cases.
template <typename T> struct VaultResult
{
    T value {};
    VaultError error;
    QStringList warnings;

    bool ok() const { return !error.isError(); }
};

enum class VaultHealthState {
    Active,             ///< 200
    Standby,            ///< 429 (not rate limiting!)
    DrSecondary,        ///< 472
    PerformanceStandby, ///< 473
    StandbyUnhealthy,   ///< 474
    NotInitialized,     ///< 501
    Sealed,             ///< 503
    RemovedFromCluster, ///< 530
    Unknown,
};

struct VaultHealth
{
    VaultHealthState state = VaultHealthState::Unknown;
    int status = 0;
    bool initialized = false;
    bool sealed = false;
    bool standby = false;
    QString version;
    QString clusterName;
};

struct VaultTokenInfo
{
    QString displayName;
    QStringList policies;
    qint64 ttlSeconds = 0; ///< 0 for a token that never expires (root)
    bool renewable = false;
};

/// An entry of sys/mounts or sys/auth.
struct VaultMount
{
    QString path; ///< with the trailing slash, e.g. "consul/"
    QString type;
    QString description;
    QJsonObject options;
    qint64 defaultLeaseTtl = 0;
    qint64 maxLeaseTtl = 0;

    bool isKvVersion2() const
    {
        return (type == QLatin1String("kv") && options.value(QLatin1String("version")).toString() == QLatin1String("2"))
            || type == QLatin1String("kv-v2");
    }
};
using VaultMounts = QMap<QString, VaultMount>;

struct VaultMountTune
{
    qint64 defaultLeaseTtl = 0; ///< seconds
    qint64 maxLeaseTtl = 0;     ///< seconds
    QJsonObject raw;
};

/// A KV v2 secret. `exists` is false for a missing secret (404), which is not an error.
struct VaultKvSecret
{
    bool exists = false;
    bool deleted = false; ///< the latest version was deleted or destroyed
    QJsonObject data;
    int version = 0;
};

struct VaultKvWrite
{
    int version = 0;
};

struct VaultLogin
{
    QString clientToken;
    QStringList policies;
    qint64 leaseDuration = 0;
    bool renewable = false;
    QJsonObject metadata;
};

/// pki/cert/ca: Absent when the mount has no CA (404), Empty when it answers without a certificate.
struct VaultCaCertificate
{
    enum class State { Absent, Empty, Present };
    State state = State::Absent;
    QString certificatePem;
};

struct VaultCertificate
{
    QString certificate;
    QString issuingCa;
    QStringList caChain;
    QString privateKey;
    QString serialNumber;
    qint64 expiration = 0;
    QString issuerId;
};

} // namespace meshfed
