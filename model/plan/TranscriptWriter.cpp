#include "model/plan/TranscriptWriter.h"

namespace meshfed {

using namespace Qt::StringLiterals;

void TranscriptWriter::section(const QString& title)
{
    m_lines << QString() << u"# ==== "_s + title + u" ===="_s;
}

void TranscriptWriter::comment(const QString& text)
{
    for (const QString& part : text.split(u'\n'))
        m_lines << (part.isEmpty() ? u"#"_s : u"# "_s + part);
}

void TranscriptWriter::line(const QString& command)
{
    m_lines << command;
}

void TranscriptWriter::hereDocument(const QString& command, const QString& body, bool expand)
{
    QString delimiter = u"MESHFED_EOF"_s;
    const QString opener = expand ? delimiter : u'\'' + delimiter + u'\'';
    m_lines << command + u" <<"_s + opener;
    QString content = body;
    if (content.endsWith(u'\n'))
        content.chop(1);
    m_lines << content << delimiter;
}

} // namespace meshfed
