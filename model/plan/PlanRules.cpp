#include "model/plan/PlanValidator.h"

#include <QRegularExpression>
#include <QUrl>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

bool matches(const QString& value, const QString& pattern)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(value).hasMatch();
}

const QString kLabelPattern = u"[a-z0-9]([-a-z0-9]*[a-z0-9])?"_s;
const QString kPathSegment = u"[A-Za-z0-9_.-]+"_s;

} // namespace

namespace PlanRules {

QString dns1123Label(const QString& value, int maxLength)
{
    if (value.isEmpty())
        return PlanValidator::tr("must not be empty");
    if (value.size() > maxLength)
        return PlanValidator::tr("is longer than %1 characters").arg(maxLength);
    if (!matches(value, kLabelPattern))
        return PlanValidator::tr(
            "must consist of lower-case letters, digits and '-', and start and end with a letter or digit");
    return {};
}

QString dns1123Subdomain(const QString& value)
{
    if (value.isEmpty())
        return PlanValidator::tr("must not be empty");
    if (value.size() > 253)
        return PlanValidator::tr("is longer than 253 characters");
    if (!matches(value, kLabelPattern + u"(\\."_s + kLabelPattern + u")*"_s))
        return PlanValidator::tr(
            "must consist of lower-case letters, digits, '-' and '.', and start and end with a letter or "
            "digit");
    return {};
}

QString helmReleaseName(const QString& value)
{
    if (value.size() > 53)
        return PlanValidator::tr("is longer than 53 characters (Helm's limit for release names)");
    return dns1123Subdomain(value);
}

QString datacenterName(const QString& value)
{
    const QString label = dns1123Label(value);
    if (!label.isEmpty())
        return label
            + PlanValidator::tr(" (it appears in the servers' certificate names, server.<datacenter>.<domain>)");
    return {};
}

QString vaultMountPath(const QString& value)
{
    if (value.isEmpty())
        return PlanValidator::tr("must not be empty");
    if (value.startsWith(u'/'))
        return PlanValidator::tr("must not start with '/'");
    if (!matches(value, kPathSegment + u"(/"_s + kPathSegment + u")*/?"_s))
        return PlanValidator::tr("must be path segments of letters, digits, '_', '-' and '.', separated by '/'");
    return {};
}

QString authMountPath(const QString& value)
{
    if (value.startsWith(u"auth/"_s))
        return PlanValidator::tr(
            "is written without the auth/ prefix; Meshfed adds it where the chart expects it "
            "(injector.authPath) and leaves it out where it must not be (connectCA.authMethodPath)");
    return vaultMountPath(value);
}

QString kvSecretPath(const QString& value)
{
    if (value.startsWith(u"data/"_s) || value.startsWith(u"metadata/"_s))
        return PlanValidator::tr(
            "is written without data/: Meshfed adds the KV version 2 data/ infix where it is needed");
    if (value.endsWith(u'/'))
        return PlanValidator::tr("must name a secret, not a folder (no trailing '/')");
    return vaultMountPath(value);
}

QString secretKey(const QString& value)
{
    if (!matches(value, kPathSegment))
        return PlanValidator::tr("must be a non-empty key of letters, digits, '_', '-' and '.'");
    return {};
}

QString vaultName(const QString& value)
{
    if (!matches(value, u"[a-z0-9][a-z0-9_.-]*"_s))
        return PlanValidator::tr(
            "must be lower-case letters, digits, '_', '-' and '.', starting with a letter or digit");
    return {};
}

QString duration(const QString& value)
{
    if (!matches(value, u"[0-9]+|([0-9]+(\\.[0-9]+)?(ns|us|ms|s|m|h))+"_s))
        return PlanValidator::tr("must be a duration such as 24h, 30m or 87600h");
    return {};
}

QString httpUrl(const QString& value, bool requireHttps)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return requireHttps ? PlanValidator::tr("must be a URL such as https://host:port")
                            : PlanValidator::tr("must be a URL such as http://host:port or https://host:port");
    if (requireHttps ? url.scheme() != u"https"_s : (url.scheme() != u"http"_s && url.scheme() != u"https"_s))
        return requireHttps ? PlanValidator::tr("must start with https://")
                            : PlanValidator::tr("must start with http:// or https://");
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return PlanValidator::tr("must not contain a user name, query or fragment");
    if (!url.path().isEmpty() && url.path() != u"/"_s)
        return PlanValidator::tr("must not have a path");
    return {};
}

QString hostAndOptionalPort(const QString& value)
{
    const QUrl url(u"tcp://"_s + value, QUrl::StrictMode);
    if (value.isEmpty() || !url.isValid() || url.host().isEmpty() || !url.path().isEmpty() || !url.userInfo().isEmpty())
        return PlanValidator::tr("must be a host name or IP address, optionally followed by :port");
    if (value.contains(u':') && !value.startsWith(u'[') && value.count(u':') == 1 && url.port() <= 0)
        return PlanValidator::tr("has an invalid port");
    return {};
}

QString chartVersion(const QString& value)
{
    if (!matches(value, u"[0-9]+\\.[0-9]+\\.[0-9]+(-[0-9A-Za-z.-]+)?"_s))
        return PlanValidator::tr("must be a chart version such as 2.0.3");
    return {};
}

bool isLoopbackHost(const QString& urlOrHost)
{
    QString host = QUrl(urlOrHost).host();
    if (host.isEmpty())
        host = QUrl(u"tcp://"_s + urlOrHost).host();
    // QHostAddress lives in Qt Network, which the model does not use: 127.0.0.0/8 and ::1 by hand.
    return host == u"localhost"_s || host == u"::1"_s || host.startsWith(u"127."_s);
}

} // namespace PlanRules

} // namespace meshfed
