#include "model/engine/Redactor.h"

namespace meshfed {

void Redactor::add(const QString& secret)
{
    if (secret.size() >= 8 && !m_secrets.contains(secret))
        m_secrets << secret;
}

QString Redactor::redact(QString text) const
{
    for (const QString& secret : m_secrets)
        text.replace(secret, marker);
    return text;
}

} // namespace meshfed
