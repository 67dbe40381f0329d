#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace meshfed {

/// The key paths of a chart's values.yaml with the type of their default (resources/charts/*.tsv),
/// to tell a key the pinned chart has from one Helm would silently ignore.
///
/// Usage:
///     const ChartKeys& keys = ChartKeys::forChart(u"consul"_s);
///     keys.accepts(u"controller.enabled"_s);   // false: no such key since chart 1.0
class ChartKeys
{
public:
    enum class Verdict {
        Known,    ///< a key of the chart
        FreeForm, ///< below a key whose default is a map or null: anything goes
        Unknown,  ///< Helm ignores it
    };

    /// "vault" or "consul"; an unknown chart has no keys.
    static const ChartKeys& forChart(const QString& chart);
    static ChartKeys fromTsv(const QByteArray& tsv);

    Verdict check(const QString& path) const;
    bool accepts(const QString& path) const { return check(path) != Verdict::Unknown; }
    /// The known key closest to a mistyped one among its siblings ("" when none is close).
    QString suggestion(const QString& path) const;
    QString typeOf(const QString& path) const { return m_types.value(path); }
    /// True when `path` is a section of the chart's values (some key lies below it).
    bool isSection(const QString& path) const { return m_sections.contains(path); }
    qsizetype size() const { return m_types.size(); }

private:
    void indexSections();

    QHash<QString, QString> m_types; ///< path → "bool", "string", "map (empty: free-form)"...
    QSet<QString> m_sections;
};

} // namespace meshfed
