#include "gui/cli/TabWriter.h"

namespace meshfed {

void TabWriter::print(const QList<QStringList>& rows, QTextStream& out)
{
    for (const QStringList& row : rows) {
        if (m_widths.size() < row.size())
            m_widths.resize(row.size(), m_minimumWidth);
        for (qsizetype c = 0; c + 1 < row.size(); ++c)
            m_widths[c] = std::max(m_widths[c], row.at(c).size() + 3);
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(m_widths[c]) : row.at(c);
        while (line.endsWith(u' '))
            line.chop(1);
        out << line << u'\n';
    }
    out.flush();
}

} // namespace meshfed
