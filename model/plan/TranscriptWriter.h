#pragma once

#include <QString>
#include <QStringList>

namespace meshfed {

/// Accumulates the lines of a shell script: sections, comments, commands and here-documents.
class TranscriptWriter
{
public:
    void section(const QString& title);
    void comment(const QString& text);
    void line(const QString& command = {});
    /// `command <<'EOF'` + body + EOF; `expand` lets the shell expand ${VARS} in the body.
    void hereDocument(const QString& command, const QString& body, bool expand = false);
    QString text() const { return m_lines.join(u'\n') + u'\n'; }

private:
    QStringList m_lines;
};

} // namespace meshfed
