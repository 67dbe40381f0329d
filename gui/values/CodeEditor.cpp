#include "gui/values/CodeEditor.h"

#include "gui/topology/TopologyPalette.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QPaintEvent>
#include <QTextBlock>
#include <QToolTip>

namespace meshfed {

namespace {

class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor* editor)
        : QWidget(editor)
        , m_editor(editor)
    { }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent* event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor* m_editor;
};

} // namespace

CodeEditor::CodeEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(false);
    connect(
        this, &QPlainTextEdit::blockCountChanged, this, [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::updateSelections);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    updateSelections();
}

int CodeEditor::lineNumberAreaWidth() const
{
    const int digits = QString::number(std::max(1, blockCount())).size();
    return 10 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(3, digits);
}

void CodeEditor::resizeEvent(QResizeEvent* event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::updateLineNumberArea(const QRect& rect, int dy)
{
    if (dy)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void CodeEditor::paintLineNumbers(QPaintEvent* event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().alternateBase());
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    while (block.isValid() && top <= event->rect().bottom()) {
        const int line = block.blockNumber() + 1;
        const bool flagged
            = std::any_of(m_issues.begin(), m_issues.end(), [line](const ValuesIssue& i) { return i.line == line; });
        painter.setPen(flagged ? QColor(Qt::red) : palette().color(QPalette::PlaceholderText));
        painter.drawText(
            0, top, m_lineNumbers->width() - 5, fontMetrics().height(), Qt::AlignRight, QString::number(line));
        top += qRound(blockBoundingRect(block).height());
        block = block.next();
    }
}

void CodeEditor::setIssues(const QList<ValuesIssue>& issues)
{
    m_issues = issues;
    updateSelections();
    m_lineNumbers->update();
}

void CodeEditor::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection current;
    current.format.setBackground(palette().color(QPalette::AlternateBase));
    current.format.setProperty(QTextFormat::FullWidthSelection, true);
    current.cursor = textCursor();
    current.cursor.clearSelection();
    selections << current;
    for (const ValuesIssue& issue : m_issues) {
        const QTextBlock block = document()->findBlockByNumber(std::max(0, issue.line - 1));
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        const TopologyPalette colours(palette()); // the light or dark palette in use
        mark.format.setUnderlineColor(
            colours.health(issue.severity == ValuesIssue::Severity::Error ? Health::Failing : Health::Progressing));
        mark.format.setToolTip(issue.message);
        mark.cursor = QTextCursor(block);
        mark.cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::max(0, issue.column - 1));
        mark.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        if (!mark.cursor.hasSelection()) // an issue at the end of a line: mark the whole line
            mark.cursor.select(QTextCursor::LineUnderCursor);
        selections << mark;
    }
    setExtraSelections(selections);
}

QString CodeEditor::issueTextAt(const QPoint& position) const
{
    const int line = cursorForPosition(position).blockNumber() + 1;
    QStringList messages;
    for (const ValuesIssue& issue : m_issues) {
        if (issue.line == line)
            messages << issue.message;
    }
    return messages.join(u'\n');
}

bool CodeEditor::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = issueTextAt(viewport()->mapFromGlobal(help->globalPos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QPlainTextEdit::event(event);
}

} // namespace meshfed
