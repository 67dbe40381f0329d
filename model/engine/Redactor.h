#pragma once

#include <QString>
#include <QStringList>

namespace meshfed {

/// Replaces every secret it was told about (gossip key, ACL tokens, service-account JWTs) by a
/// fixed marker, so that step logs and messages never show one.
///
/// Usage:
///     Redactor redactor;
///     redactor.add(gossipKey);
///     log(redactor.redact(line));
class Redactor
{
public:
    static inline const QString marker = QStringLiteral("<redacted>");

    /// Values shorter than 8 characters are ignored (they would redact ordinary words).
    void add(const QString& secret);
    QString redact(QString text) const;
    qsizetype size() const { return m_secrets.size(); }

private:
    QStringList m_secrets;
};

} // namespace meshfed
