#pragma once

#include "model/values/ValuesLinter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace meshfed {

/// One values file as the editor holds it: what the plan generates, what the user has (maybe
/// edited), and what happens when the plan changes under an edited file — the user chooses to keep
/// the edits, regenerate, or look at the diff; nothing is replaced behind their back.
///
/// Usage:
///     ValuesDocument doc(u"consul-dc2.yaml"_s, u"consul"_s, generated);
///     doc.setText(edited);
///     if (doc.setGenerated(newlyGenerated) == ValuesDocument::Regeneration::NeedsDecision) ask();
class ValuesDocument
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::ValuesDocument)

public:
    enum class Regeneration {
        Unchanged,     ///< the plan produces the same file
        Replaced,      ///< not edited: the new file replaced the old
        NeedsDecision, ///< edited, and the plan now produces something else
    };

    ValuesDocument() = default;
    ValuesDocument(QString name, QString chart, QByteArray generated);

    const QString& name() const { return m_name; }
    const QString& chart() const { return m_chart; }
    const QByteArray& text() const { return m_text; }
    const QByteArray& generated() const { return m_generated; }
    bool isEdited() const { return m_text != m_generated; }
    bool hasPendingRegeneration() const { return !m_pending.isEmpty(); }
    const QByteArray& pendingGenerated() const { return m_pending; }

    void setText(const QByteArray& text) { m_text = text; }
    Regeneration setGenerated(const QByteArray& generated);
    void keepEdits();  ///< the new generated file becomes the base; the edits stay
    void regenerate(); ///< the edits are dropped for the new generated file
    void resetToGenerated() { m_text = m_generated; }

    QList<ValuesIssue> issues() const { return ValuesLinter::lint(m_text, m_chart); }
    /// Invalid YAML blocks the install steps that need this file.
    bool blocksInstall() const { return ValuesLinter::hasErrors(issues()); }
    /// Translated, naming the first error's line and column; empty when the file can be installed.
    QString blockReason() const;
    /// The unified diff from the generated file to the current text.
    QString diffFromGenerated() const;

private:
    QString m_name;
    QString m_chart;
    QByteArray m_generated;
    QByteArray m_text;
    QByteArray m_pending;
};

} // namespace meshfed
