#include "model/values/ChartKeys.h"

#include <QFile>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[b.size()];
}

QByteArray readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool isFreeForm(const QString& type)
{
    return type.startsWith(u"map"_s) || type.startsWith(u"null"_s);
}

} // namespace

ChartKeys ChartKeys::fromTsv(const QByteArray& tsv)
{
    ChartKeys keys;
    const QList<QByteArray> lines = tsv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // the first line names the columns
        const QList<QByteArray> cells = lines.at(i).trimmed().split('\t');
        if (cells.size() == 2)
            keys.m_types.insert(QString::fromUtf8(cells.at(0)), QString::fromUtf8(cells.at(1)));
    }
    keys.indexSections();
    return keys;
}

void ChartKeys::indexSections()
{
    m_sections.clear();
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        QString prefix = it.key();
        while (prefix.contains(u'.')) {
            prefix = prefix.section(u'.', 0, -2);
            m_sections.insert(prefix);
        }
    }
}

const ChartKeys& ChartKeys::forChart(const QString& chart)
{
    static const ChartKeys vault = [] {
        ChartKeys keys = fromTsv(readResource(u":/charts/vault-0.34.1-keys.tsv"_s));
        keys.m_types.insert(fromTsv(readResource(u":/charts/vault-0.34.1-template-keys.tsv"_s)).m_types);
        keys.indexSections();
        return keys;
    }();
    static const ChartKeys consul = fromTsv(readResource(u":/charts/consul-2.0.3-keys.tsv"_s));
    static const ChartKeys none;
    return chart == u"vault"_s ? vault : chart == u"consul"_s ? consul : none;
}

ChartKeys::Verdict ChartKeys::check(const QString& path) const
{
    if (m_types.contains(path))
        return Verdict::Known;
    QString prefix = path;
    while (prefix.contains(u'.')) {
        prefix = prefix.section(u'.', 0, -2);
        const auto it = m_types.constFind(prefix);
        if (it != m_types.cend())
            return isFreeForm(*it) ? Verdict::FreeForm : Verdict::Unknown;
    }
    return Verdict::Unknown;
}

QString ChartKeys::suggestion(const QString& path) const
{
    const QString parent = path.contains(u'.') ? path.section(u'.', 0, -2) + u'.' : QString();
    const QString leaf = path.section(u'.', -1);
    QString best;
    int bestDistance = std::max(2, int(leaf.size()) / 3) + 1;
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        if (!it.key().startsWith(parent) || it.key().mid(parent.size()).contains(u'.'))
            continue;
        const int distance = editDistance(leaf, it.key().mid(parent.size()));
        if (distance < bestDistance) {
            bestDistance = distance;
            best = it.key();
        }
    }
    return best;
}

} // namespace meshfed
