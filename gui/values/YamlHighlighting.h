#pragma once

#include <QPalette>
#include <QString>

class QSyntaxHighlighter;
class QTextDocument;

namespace meshfed {

/// Highlights YAML in a document: with KSyntaxHighlighting when Meshfed was built with it
/// (Debian 13, Ubuntu 24.04), its theme chosen from the palette's lightness; else with a small
/// built-in highlighter (Debian 12).
///
/// Usage: attachYamlHighlighter(editor->document(), editor->palette());
QSyntaxHighlighter* attachYamlHighlighter(QTextDocument* document, const QPalette& palette);

/// "KSyntaxHighlighting" or "built-in".
QString yamlHighlightingBackend();

} // namespace meshfed
