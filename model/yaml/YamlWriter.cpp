#include "model/yaml/YamlWriter.h"

#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

namespace meshfed {

using namespace Qt::StringLiterals;

struct YamlWriter::Impl
{
    YAML::Emitter emitter;
    bool started = false; ///< anything emitted yet (full-line comments then need a line break)
};

namespace {

std::string utf8(const QString& text)
{
    return text.toStdString();
}

void emitString(YAML::Emitter& e, const QString& text)
{
    if (YamlWriter::needsQuotes(text))
        e << YAML::DoubleQuoted;
    e << utf8(text);
}

void emitComment(YAML::Emitter& e, const QString& comment)
{
    if (!comment.isEmpty())
        e << YAML::Comment(utf8(comment));
}

/// yaml-cpp writes full-line comments at column 0; indent each like the line it introduces.
QString indentFullLineComments(QStringList lines)
{
    QString indent;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        QString& line = lines[i];
        if (line.startsWith(u'#'))
            line.prepend(indent);
        else if (!line.trimmed().isEmpty())
            indent = line.left(line.indexOf(line.trimmed()));
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(u'\n') + u'\n';
}

} // namespace

YamlWriter::YamlWriter()
    : d(std::make_unique<Impl>())
{
    d->emitter.SetIndent(2);
    d->emitter << YAML::BeginMap;
}

YamlWriter::~YamlWriter() = default;

bool YamlWriter::needsQuotes(const QString& text)
{
    static const QRegularExpression ambiguous(QRegularExpression::anchoredPattern(
        u"|~|null|Null|NULL|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N"
        u"|[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+([eE][-+]?[0-9]+)?"
        u"|0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)"_s));
    if (ambiguous.match(text).hasMatch())
        return true;
    if (text.contains(u':') || text.contains(u'#') || text.front().isSpace() || text.back().isSpace())
        return true;
    return u"-?[]{},&*!|>'\"%@`"_s.contains(text.front());
}

void YamlWriter::comment(const QString& text)
{
    for (const QString& line : text.split(u'\n')) {
        if (d->started)
            d->emitter << YAML::Newline;
        d->emitter << YAML::Comment(utf8(line));
        d->started = true;
    }
}

void YamlWriter::blankLine()
{
    d->emitter << YAML::Newline;
}

void YamlWriter::beginMap(const QString& key)
{
    d->started = true;
    d->emitter << YAML::Key << utf8(key) << YAML::Value << YAML::BeginMap;
}

void YamlWriter::endMap()
{
    d->emitter << YAML::EndMap;
}

void YamlWriter::beginList(const QString& key)
{
    d->started = true;
    d->emitter << YAML::Key << utf8(key) << YAML::Value << YAML::BeginSeq;
}

void YamlWriter::beginListItem()
{
    d->started = true;
    d->emitter << YAML::BeginMap;
}

void YamlWriter::endListItem()
{
    d->emitter << YAML::EndMap;
}

void YamlWriter::endList()
{
    d->emitter << YAML::EndSeq;
}

void YamlWriter::value(const QString& key, const QString& text, const QString& comment)
{
    d->started = true;
    d->emitter << YAML::Key << utf8(key) << YAML::Value;
    emitString(d->emitter, text);
    emitComment(d->emitter, comment);
}

void YamlWriter::value(const QString& key, bool flag, const QString& comment)
{
    d->started = true;
    d->emitter << YAML::Key << utf8(key) << YAML::Value << flag;
    emitComment(d->emitter, comment);
}

void YamlWriter::value(const QString& key, int number, const QString& comment)
{
    d->started = true;
    d->emitter << YAML::Key << utf8(key) << YAML::Value << number;
    emitComment(d->emitter, comment);
}

void YamlWriter::list(const QString& key, const QStringList& items)
{
    d->started = true;
    d->emitter << YAML::Key << utf8(key) << YAML::Value << YAML::BeginSeq;
    for (const QString& item : items)
        emitString(d->emitter, item);
    d->emitter << YAML::EndSeq;
}

QByteArray YamlWriter::finish()
{
    d->emitter << YAML::EndMap;
    const QString text = QString::fromUtf8(d->emitter.c_str(), qsizetype(d->emitter.size()));
    return indentFullLineComments(text.split(u'\n')).toUtf8();
}

} // namespace meshfed
