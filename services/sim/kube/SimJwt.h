#pragma once

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace meshfed {

/// Service-account tokens of a simulated cluster: JWTs signed with the cluster's key (HS256).
/// Only that cluster's TokenReview can tell a good one from a forged one, as with real clusters.
///
/// Usage: QByteArray jwt = SimJwt::sign(claims, key); auto claims = SimJwt::verify(jwt, key);
class SimJwt
{
public:
    static QByteArray sign(const QJsonObject& claims, const QByteArray& key);
    /// The claims when the signature is good and the token has not expired.
    static std::optional<QJsonObject> verify(const QByteArray& token, const QByteArray& key);
};

} // namespace meshfed
