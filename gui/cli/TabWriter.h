#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace meshfed {

/// Aligns rows like kubectl's tabwriter: every column but the last padded to its widest cell plus
/// 3, at least `minimumWidth`; widths are remembered across prints (`pods -w` adds rows as they
/// come); trailing blanks are dropped.
///
/// Usage: `TabWriter table(6); table.print({{"NAME", "READY"}, {"web-1", "1/1"}}, out);`
class TabWriter
{
public:
    explicit TabWriter(qsizetype minimumWidth = 6)
        : m_minimumWidth(minimumWidth)
    { }

    void print(const QList<QStringList>& rows, QTextStream& out);

private:
    qsizetype m_minimumWidth;
    QList<qsizetype> m_widths;
};

} // namespace meshfed
