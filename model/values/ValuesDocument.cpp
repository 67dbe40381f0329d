#include "model/values/ValuesDocument.h"

#include "model/values/ValuesDiff.h"

namespace meshfed {

using namespace Qt::StringLiterals;

ValuesDocument::ValuesDocument(QString name, QString chart, QByteArray generated)
    : m_name(std::move(name))
    , m_chart(std::move(chart))
    , m_generated(generated)
    , m_text(std::move(generated))
{ }

ValuesDocument::Regeneration ValuesDocument::setGenerated(const QByteArray& generated)
{
    if (generated == m_generated) {
        m_pending.clear();
        return Regeneration::Unchanged;
    }
    if (!isEdited()) {
        m_generated = generated;
        m_text = generated;
        m_pending.clear();
        return Regeneration::Replaced;
    }
    m_pending = generated;
    return Regeneration::NeedsDecision;
}

void ValuesDocument::keepEdits()
{
    if (!m_pending.isEmpty())
        m_generated = m_pending;
    m_pending.clear();
}

void ValuesDocument::regenerate()
{
    if (!m_pending.isEmpty())
        m_generated = m_pending;
    m_text = m_generated;
    m_pending.clear();
}

QString ValuesDocument::blockReason() const
{
    for (const ValuesIssue& issue : issues()) {
        if (issue.severity == ValuesIssue::Severity::Error)
            return tr("invalid YAML at line %1, column %2: %3").arg(issue.line).arg(issue.column).arg(issue.message);
    }
    return {};
}

QString ValuesDocument::diffFromGenerated() const
{
    return ValuesDiff::unified(
        QString::fromUtf8(m_generated), QString::fromUtf8(m_text), u"generated/"_s + m_name, u"edited/"_s + m_name);
}

} // namespace meshfed
