#include "gui/values/ValuesEditorWidget.h"

#include "gui/values/CodeEditor.h"
#include "gui/values/YamlHighlighting.h"
#include "model/values/ValuesDiff.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QString chartOf(const QString& fileName)
{
    return fileName.startsWith(u"vault"_s) ? u"vault"_s : u"consul"_s;
}

QPushButton* button(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

ValuesEditorWidget::ValuesEditorWidget(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(u"valuesEditor"_s);
    m_tabs->setObjectName(u"valuesTabs"_s);
    m_tabs->setDocumentMode(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

ValuesEditorWidget::Tab* ValuesEditorWidget::tab(const QString& name)
{
    for (const auto& t : m_tabsByFile) {
        if (t->document.name() == name)
            return t.get();
    }
    return nullptr;
}

const ValuesEditorWidget::Tab* ValuesEditorWidget::tab(const QString& name) const
{
    return const_cast<ValuesEditorWidget*>(this)->tab(name);
}

QWidget* ValuesEditorWidget::buildBanner(Tab& t, QWidget* parent)
{
    auto* banner = new QFrame(parent);
    banner->setObjectName(u"regenerationBanner"_s);
    banner->setFrameShape(QFrame::StyledPanel);
    auto* row = new QHBoxLayout(banner);
    row->addWidget(
        new QLabel(
            tr("The plan changed and generates another %1. Your edits are still here.").arg(t.document.name()), banner),
        1);
    const QString name = t.document.name();
    auto* keep = button(tr("&Keep my edits"), u"keepEdits"_s, banner);
    auto* regenerate = button(tr("&Regenerate"), u"regenerate"_s, banner);
    auto* showDiff = button(tr("Show &diff"), u"showPendingDiff"_s, banner);
    connect(keep, &QPushButton::clicked, this, [this, name] { keepEdits(name); });
    connect(regenerate, &QPushButton::clicked, this, [this, name] { this->regenerate(name); });
    connect(showDiff, &QPushButton::clicked, this, [this, name] {
        const Tab* current = tab(name);
        Q_EMIT diffRequested(name,
            ValuesDiff::unified(QString::fromUtf8(current->document.text()),
                QString::fromUtf8(current->document.pendingGenerated()), u"edited/"_s + name,
                u"regenerated/"_s + name));
    });
    row->addWidget(keep);
    row->addWidget(regenerate);
    row->addWidget(showDiff);
    banner->hide();
    return banner;
}

ValuesEditorWidget::Tab& ValuesEditorWidget::addTab(const GeneratedFile& file)
{
    auto owned = std::make_unique<Tab>();
    Tab& t = *owned;
    t.document = ValuesDocument(file.name, chartOf(file.name), file.content);
    auto* page = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(page);
    t.banner = static_cast<QFrame*>(buildBanner(t, page));
    t.editor = new CodeEditor(page);
    t.editor->setObjectName(u"editor:"_s + file.name);
    t.editor->setAccessibleName(tr("Values file %1").arg(file.name));
    attachYamlHighlighter(t.editor->document(), t.editor->palette());
    t.editor->setPlainText(QString::fromUtf8(file.content));
    t.status = new QLabel(page);
    t.status->setObjectName(u"status:"_s + file.name);
    auto* actions = new QHBoxLayout;
    auto* reset = button(tr("Reset to &generated"), u"reset:"_s + file.name, page);
    auto* showDiff = button(tr("Show diff"), u"diff:"_s + file.name, page);
    actions->addWidget(t.status, 1);
    actions->addWidget(showDiff);
    actions->addWidget(reset);
    layout->addWidget(t.banner);
    layout->addWidget(t.editor, 1);
    layout->addLayout(actions);
    t.lintTimer = new QTimer(page);
    t.lintTimer->setSingleShot(true);
    t.lintTimer->setInterval(250);
    const QString name = file.name;
    connect(t.editor, &QPlainTextEdit::textChanged, this, [this, name] {
        Tab* current = tab(name);
        if (!current)
            return; // the tab is going (removeTab)
        current->document.setText(current->editor->toPlainText().toUtf8());
        current->lintTimer->start();
        refreshTab(*current);
    });
    connect(t.lintTimer, &QTimer::timeout, this, [this, name] {
        if (Tab* current = tab(name))
            relint(*current);
    });
    connect(reset, &QPushButton::clicked, this, [this, name] { resetToGenerated(name); });
    connect(showDiff, &QPushButton::clicked, this, [this, name] { Q_EMIT diffRequested(name, diff(name)); });
    setTabReadOnly(t); // also a file that appears during a run (a value was found)
    m_tabs->addTab(page, file.name);
    m_tabsByFile.push_back(std::move(owned));
    relint(t);
    return t;
}

void ValuesEditorWidget::setGeneratedFiles(const QList<GeneratedFile>& files)
{
    for (const GeneratedFile& file : files) {
        Tab* t = tab(file.name);
        if (!file.isComplete()) {
            // A run-time value is missing (again: the plan now targets other clusters): the tab
            // appears once the file can be generated, and an unedited one goes.
            if (t && !t->document.isEdited())
                removeTab(file.name);
            continue;
        }
        if (!t) {
            addTab(file);
            continue;
        }
        if (t->document.setGenerated(file.content) == ValuesDocument::Regeneration::Replaced) {
            const QSignalBlocker block(t->editor);
            t->editor->setPlainText(QString::fromUtf8(file.content));
            relint(*t);
        }
        refreshTab(*t);
    }
    Q_EMIT documentsChanged();
}

void ValuesEditorWidget::removeTab(const QString& name)
{
    const auto it = std::find_if(m_tabsByFile.begin(), m_tabsByFile.end(),
        [&name](const std::unique_ptr<Tab>& t) { return t->document.name() == name; });
    if (it == m_tabsByFile.end())
        return;
    QWidget* page = (*it)->editor->parentWidget();
    m_tabs->removeTab(m_tabs->indexOf(page));
    (*it)->lintTimer->stop();
    m_tabsByFile.erase(it);
    page->deleteLater();
}

void ValuesEditorWidget::relint(Tab& t)
{
    t.editor->setIssues(t.document.issues());
    refreshTab(t);
    Q_EMIT documentsChanged();
}

void ValuesEditorWidget::refreshTab(Tab& t)
{
    const QList<ValuesIssue>& issues = t.editor->issues();
    QStringList parts;
    if (t.document.isEdited())
        parts << tr("edited");
    if (ValuesLinter::hasErrors(issues))
        parts << tr("invalid YAML at line %1: the install steps that need this file are blocked")
                     .arg(issues.first().line);
    else if (!issues.isEmpty())
        parts << tr("%n warning(s)", "", int(issues.size()));
    if (parts.isEmpty())
        parts << tr("as generated from the plan");
    t.status->setText(parts.join(u" · "_s));
    t.banner->setVisible(t.document.hasPendingRegeneration());
    const int index = m_tabs->indexOf(t.editor->parentWidget());
    m_tabs->setTabText(index, t.document.isEdited() ? t.document.name() + u" *"_s : t.document.name());
}

const ValuesDocument* ValuesEditorWidget::document(const QString& name) const
{
    const Tab* t = tab(name);
    return t ? &t->document : nullptr;
}

QList<ValuesDocument> ValuesEditorWidget::documents() const
{
    QList<ValuesDocument> all;
    for (const auto& t : m_tabsByFile)
        all << t->document;
    return all;
}

void ValuesEditorWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const auto& t : m_tabsByFile)
        setTabReadOnly(*t);
}

void ValuesEditorWidget::setTabReadOnly(Tab& t)
{
    t.editor->setReadOnly(m_readOnly);
    // Keep, regenerate and reset change the text too; the diffs stay available.
    for (const QString& name : QStringList {u"keepEdits"_s, u"regenerate"_s, u"reset:"_s + t.document.name()}) {
        if (auto* b = t.editor->parentWidget()->findChild<QPushButton*>(name))
            b->setEnabled(!m_readOnly);
    }
}

QStringList ValuesEditorWidget::blockedFiles() const
{
    QStringList blocked;
    for (const auto& t : m_tabsByFile) {
        if (ValuesLinter::hasErrors(t->document.issues()))
            blocked << t->document.name();
    }
    return blocked;
}

CodeEditor* ValuesEditorWidget::editor(const QString& name) const
{
    const Tab* t = tab(name);
    return t ? t->editor : nullptr;
}

void ValuesEditorWidget::keepEdits(const QString& name)
{
    if (Tab* t = tab(name)) {
        t->document.keepEdits();
        refreshTab(*t);
        Q_EMIT documentsChanged();
    }
}

void ValuesEditorWidget::regenerate(const QString& name)
{
    if (Tab* t = tab(name)) {
        t->document.regenerate();
        const QSignalBlocker block(t->editor);
        t->editor->setPlainText(QString::fromUtf8(t->document.text()));
        relint(*t);
    }
}

void ValuesEditorWidget::resetToGenerated(const QString& name)
{
    if (Tab* t = tab(name)) {
        t->document.resetToGenerated();
        const QSignalBlocker block(t->editor);
        t->editor->setPlainText(QString::fromUtf8(t->document.text()));
        relint(*t);
    }
}

QString ValuesEditorWidget::diff(const QString& name) const
{
    const Tab* t = tab(name);
    return t ? t->document.diffFromGenerated() : QString();
}

QString ValuesEditorWidget::statusText(const QString& name) const
{
    const Tab* t = tab(name);
    return t ? t->status->text() : QString();
}

} // namespace meshfed
