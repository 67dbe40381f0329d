#include "services/sim/kube/SimJwt.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodePart(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

QByteArray signature(const QByteArray& signingInput, const QByteArray& key)
{
    return QMessageAuthenticationCode::hash(signingInput, key, QCryptographicHash::Sha256).toBase64(kBase64Url);
}

} // namespace

QByteArray SimJwt::sign(const QJsonObject& claims, const QByteArray& key)
{
    const QByteArray input
        = encodePart({{u"alg"_s, u"HS256"_s}, {u"typ"_s, u"JWT"_s}, {u"kid"_s, u"sim"_s}}) + '.' + encodePart(claims);
    return input + '.' + signature(input, key);
}

std::optional<QJsonObject> SimJwt::verify(const QByteArray& token, const QByteArray& key)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray input = parts[0] + '.' + parts[1];
    if (signature(input, key) != parts[2])
        return std::nullopt;
    const QJsonObject claims
        = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
    if (claims.contains(u"exp"_s) && claims.value(u"exp"_s).toInteger() < QDateTime::currentSecsSinceEpoch())
        return std::nullopt;
    return claims;
}

} // namespace meshfed
