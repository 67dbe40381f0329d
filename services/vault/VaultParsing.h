#pragma once

#include "services/vault/VaultTypes.h"

#include <QCoreApplication>

#include <optional>

namespace meshfed {

/// Pure functions from Vault's HTTP answers to typed values and errors (tested with _data tables).
class VaultParsing
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::VaultParsing)

public:
    /// The body as a JSON object; nullopt when it is not one (an empty body is an empty object).
    static std::optional<QJsonObject> parseObject(const QByteArray& body);
    /// The "errors" list, each message tidied ("1 error occurred:\n\t* permission denied" -> "permission denied").
    static QStringList errorMessages(const QJsonObject& body);
    static QString tidyMessage(const QString& message);
    static QStringList warnings(const QJsonObject& body);

    /// The error for an answer that is not a success (or a transport failure). `call` names it.
    static VaultError errorFor(const HttpResponse& response, const QString& path);
    static VaultErrorKind kindFor(int status, const QStringList& messages);
    static QString messageFor(const VaultError& error, const QString& call);
    static VaultError invalidResponse(const HttpResponse& response, const QString& path);

    static VaultHealthState healthState(int status);
    static VaultHealth health(int status, const QJsonObject& body);
    static VaultTokenInfo tokenInfo(const QJsonObject& data);
    static VaultMounts mounts(const QJsonObject& data);
    static VaultMountTune mountTune(const QJsonObject& data);
    /// A KV v2 read answer (200, or 404 with data for a deleted version).
    static VaultKvSecret kvSecret(const QJsonObject& body);
    static VaultLogin login(const QJsonObject& body);
    static VaultCertificate certificate(const QJsonObject& data);
    static QStringList listKeys(const QJsonObject& data);
    /// "data" of a body; sys/ answers that repeat fields at top level fall back to the body itself.
    static QJsonObject data(const QJsonObject& body);
};

} // namespace meshfed
