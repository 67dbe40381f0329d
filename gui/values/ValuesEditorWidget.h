#pragma once

#include "model/plan/ValuesGenerator.h"
#include "model/values/ValuesDocument.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QPushButton;
class QFrame;

namespace meshfed {

class CodeEditor;

/// The values editor: one tab per values file (vault-dc1, vault-dc2, consul-dc1, consul-dc2, and
/// any further datacenter's), YAML highlighting, line numbers, live validation with problems
/// marked at their line, an "edited" marker, the diff against what the plan generates, reset to
/// generated, and — when the plan changes under an edited file — a choice between keeping the
/// edits, regenerating, and looking at the diff. What helm installs is exactly what a tab shows.
///
/// Usage:
///     editor->setGeneratedFiles(ValuesGenerator::all(plan));   // again on every plan change
///     QByteArray text = editor->document(u"consul-dc2.yaml"_s)->text();
class ValuesEditorWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ValuesEditorWidget(QWidget* parent = nullptr);

    /// Adds or updates a tab per file; edited tabs ask before they change.
    void setGeneratedFiles(const QList<GeneratedFile>& files);
    const ValuesDocument* document(const QString& name) const;
    QList<ValuesDocument> documents() const;
    /// The files whose YAML is invalid: the install steps that need them are blocked.
    QStringList blockedFiles() const;
    /// While a run goes on the files it took must not change under it.
    void setReadOnly(bool readOnly);

    // For tests and keyboard use
    CodeEditor* editor(const QString& name) const;
    void keepEdits(const QString& name);
    void regenerate(const QString& name);
    void resetToGenerated(const QString& name);
    QString diff(const QString& name) const;
    QString statusText(const QString& name) const;

Q_SIGNALS:
    /// A document's text or validity changed (the steps panel re-evaluates what is blocked).
    void documentsChanged();
    void diffRequested(const QString& name, const QString& diff);

private:
    struct Tab
    {
        ValuesDocument document;
        CodeEditor* editor = nullptr;
        QLabel* status = nullptr;
        QFrame* banner = nullptr;
        QTimer* lintTimer = nullptr;
    };
    Tab& addTab(const GeneratedFile& file);
    void relint(Tab& tab);
    void removeTab(const QString& name);
    void setTabReadOnly(Tab& tab);
    void refreshTab(Tab& tab);
    Tab* tab(const QString& name);
    const Tab* tab(const QString& name) const;
    QWidget* buildBanner(Tab& tab, QWidget* parent);

    QTabWidget* m_tabs;
    bool m_readOnly = false;
    std::vector<std::unique_ptr<Tab>> m_tabsByFile;
};

} // namespace meshfed
