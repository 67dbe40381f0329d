#pragma once

#include "model/values/ValuesLinter.h"

#include <QPlainTextEdit>

namespace meshfed {

/// A plain-text editor for YAML: line numbers, the current line highlighted, and problems marked
/// at their line and column with a wavy underline and a tooltip.
///
/// Usage:
///     CodeEditor editor;
///     editor.setPlainText(text);
///     editor.setIssues(ValuesLinter::lint(text, chart));
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CodeEditor(QWidget* parent = nullptr);

    void setIssues(const QList<ValuesIssue>& issues);
    const QList<ValuesIssue>& issues() const { return m_issues; }
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent* event);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    void updateLineNumberArea(const QRect& rect, int dy);
    void updateSelections();
    QString issueTextAt(const QPoint& position) const;

    QWidget* m_lineNumbers;
    QList<ValuesIssue> m_issues;
};

} // namespace meshfed
