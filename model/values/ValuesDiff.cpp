#include "model/values/ValuesDiff.h"

#include <algorithm>
#include <dtl/dtl.hpp>
#include <string>
#include <vector>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

std::vector<std::string> splitLines(const QString& text)
{
    std::vector<std::string> lines;
    QStringList parts = text.split(u'\n');
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    lines.reserve(size_t(parts.size()));
    for (const QString& part : parts)
        lines.push_back(part.toStdString());
    return lines;
}

using LineDiff = dtl::Diff<std::string, std::vector<std::string>>;

} // namespace

QList<DiffLine> ValuesDiff::lines(const QString& before, const QString& after)
{
    LineDiff diff(splitLines(before), splitLines(after));
    diff.compose();
    QList<DiffLine> result;
    for (const auto& [line, info] : diff.getSes().getSequence()) {
        const DiffLine::Kind kind = info.type == dtl::SES_ADD ? DiffLine::Kind::Added
            : info.type == dtl::SES_DELETE                    ? DiffLine::Kind::Removed
                                                              : DiffLine::Kind::Same;
        result << DiffLine {kind, QString::fromStdString(line)};
    }
    // Within each run of changes, removed lines before added ones, as diff -u shows them.
    for (qsizetype start = 0; start < result.size();) {
        qsizetype end = start;
        while (end < result.size() && result[end].kind != DiffLine::Kind::Same)
            ++end;
        std::stable_partition(result.begin() + start, result.begin() + end,
            [](const DiffLine& l) { return l.kind == DiffLine::Kind::Removed; });
        start = end == start ? start + 1 : end;
    }
    return result;
}

QString ValuesDiff::unified(
    const QString& before, const QString& after, const QString& beforeName, const QString& afterName, int context)
{
    if (before == after)
        return {};
    const QList<DiffLine> all = lines(before, after);
    // Hunks by hand over dtl's edit script: dtl's own printer writes to std::ostream without file
    // names, and this keeps the format stable (`@@ -a,b +c,d @@`).
    QString out = u"--- "_s + beforeName + u"\n+++ "_s + afterName + u'\n';
    qsizetype i = 0;
    int oldLine = 1;
    int newLine = 1;
    while (i < all.size()) {
        if (all[i].kind == DiffLine::Kind::Same) {
            ++i, ++oldLine, ++newLine;
            continue;
        }
        const qsizetype start = std::max<qsizetype>(0, i - context);
        qsizetype end = i;
        while (end < all.size()) {
            qsizetype sameRun = 0;
            while (end + sameRun < all.size() && all[end + sameRun].kind == DiffLine::Kind::Same)
                ++sameRun;
            if (end + sameRun >= all.size() || sameRun > 2 * context) {
                end = std::min(all.size(), end + std::min<qsizetype>(sameRun, context));
                break;
            }
            end += sameRun;
            while (end < all.size() && all[end].kind != DiffLine::Kind::Same)
                ++end;
        }
        const int firstOld = oldLine - int(i - start);
        const int firstNew = newLine - int(i - start);
        int oldCount = 0;
        int newCount = 0;
        QString body;
        for (qsizetype k = start; k < end; ++k) {
            const DiffLine& l = all[k];
            const QChar mark = l.kind == DiffLine::Kind::Added ? u'+' : l.kind == DiffLine::Kind::Removed ? u'-' : u' ';
            body += mark + l.text + u'\n';
            oldCount += l.kind != DiffLine::Kind::Added;
            newCount += l.kind != DiffLine::Kind::Removed;
            if (k >= i) {
                oldLine += l.kind != DiffLine::Kind::Added;
                newLine += l.kind != DiffLine::Kind::Removed;
            }
        }
        out += u"@@ -%1,%2 +%3,%4 @@\n"_s.arg(firstOld).arg(oldCount).arg(firstNew).arg(newCount) + body;
        i = end;
    }
    return out;
}

} // namespace meshfed
