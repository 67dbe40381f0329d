#include "gui/values/YamlHighlighting.h"

#include <QRegularExpression>
#include <QSyntaxHighlighter>

#if MESHFED_HAVE_KSYNTAXHIGHLIGHTING
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace meshfed {

using namespace Qt::StringLiterals;

#if !MESHFED_HAVE_KSYNTAXHIGHLIGHTING
namespace {

/// Keys, comments, quoted strings, booleans/null and numbers, in colours that suit the palette.
class BuiltinYamlHighlighter : public QSyntaxHighlighter
{
public:
    BuiltinYamlHighlighter(QTextDocument* document, const QPalette& palette)
        : QSyntaxHighlighter(document)
    {
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        auto format = [](const QColor& color, bool bold = false) {
            QTextCharFormat f;
            f.setForeground(color);
            if (bold)
                f.setFontWeight(QFont::Bold);
            return f;
        };
        m_rules = {
            {QRegularExpression(u"^\\s*(-\\s+)?[^\\s#'\"][^:#]*(?=:(\\s|$))"_s),
                format(dark ? QColor(0x7f, 0xb8, 0xff) : QColor(0x1f, 0x4e, 0x99), true)},
            {QRegularExpression(u"\\b(true|false|yes|no|on|off|null|True|False|Null)\\b|~"_s),
                format(dark ? QColor(0xe0, 0x9c, 0xff) : QColor(0x80, 0x2d, 0xa6))},
            {QRegularExpression(u"(?<![\\w.])-?\\d+(\\.\\d+)?(?![\\w.])"_s),
                format(dark ? QColor(0xff, 0xc0, 0x7a) : QColor(0xa3, 0x4f, 0x00))},
            {QRegularExpression(u"\"([^\"\\\\]|\\\\.)*\"|'[^']*'"_s),
                format(dark ? QColor(0x9b, 0xe0, 0x8a) : QColor(0x2c, 0x7a, 0x1d))},
            {QRegularExpression(u"(^|\\s)#.*$"_s), format(dark ? QColor(0x8a, 0x8a, 0x8a) : QColor(0x70, 0x70, 0x70))},
        };
    }

protected:
    void highlightBlock(const QString& text) override
    {
        for (const auto& [pattern, format] : m_rules) {
            for (auto it = pattern.globalMatch(text); it.hasNext();) {
                const auto match = it.next();
                setFormat(int(match.capturedStart()), int(match.capturedLength()), format);
            }
        }
    }

private:
    QList<std::pair<QRegularExpression, QTextCharFormat>> m_rules;
};

} // namespace
#endif

QSyntaxHighlighter* attachYamlHighlighter(QTextDocument* document, const QPalette& palette)
{
#if MESHFED_HAVE_KSYNTAXHIGHLIGHTING
    static KSyntaxHighlighting::Repository repository;
    auto* highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(repository.definitionForName(u"YAML"_s));
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    highlighter->setTheme(repository.defaultTheme(
        dark ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    return highlighter;
#else
    return new BuiltinYamlHighlighter(document, palette);
#endif
}

QString yamlHighlightingBackend()
{
#if MESHFED_HAVE_KSYNTAXHIGHLIGHTING
    return u"KSyntaxHighlighting"_s;
#else
    return u"built-in"_s;
#endif
}

} // namespace meshfed
