#include "gui/pods/PodDetailsView.h"

#include "gui/topology/TopologyPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

bool failing(const ContainerSummary& c)
{
    return (c.state == u"waiting"_s && c.restartCount > 0) || (c.state == u"terminated"_s && c.exitCode != 0)
        || c.reason == u"CrashLoopBackOff"_s;
}

QTreeWidget* tree(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* widget = new QTreeWidget(parent);
    widget->setObjectName(name);
    widget->setHeaderLabels(headers);
    widget->setRootIsDecorated(false);
    widget->setUniformRowHeights(true);
    widget->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    return widget;
}

} // namespace

PodDetailsView::PodDetailsView(PodDetailsSource* source, QWidget* parent)
    : QWidget(parent)
    , m_source(source)
    , m_title(new QLabel(tr("Select a pod in the topology or a pod table."), this))
    , m_containers(
          tree({tr("Container"), tr("Kind"), tr("State"), tr("Reason"), tr("Exit code"), tr("Restarts"), tr("Ready")},
              u"podContainers"_s, this))
    , m_events(tree({tr("Type"), tr("Reason"), tr("Last seen"), tr("Count"), tr("Message")}, u"podEvents"_s, this))
    , m_container(new QComboBox(this))
    , m_tail(new QSpinBox(this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(u"podDetails"_s);
    m_title->setObjectName(u"podTitle"_s);
    m_title->setWordWrap(true);
    m_container->setObjectName(u"logContainer"_s);
    m_tail->setObjectName(u"logTail"_s);
    m_tail->setRange(10, 5000);
    m_tail->setValue(200);
    m_tail->setPrefix(tr("tail "));
    m_follow->setObjectName(u"logFollow"_s);
    m_log->setObjectName(u"podLog"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* logBar = new QHBoxLayout;
    logBar->addWidget(new QLabel(tr("Log of"), this));
    logBar->addWidget(m_container, 1);
    logBar->addWidget(m_tail);
    logBar->addWidget(m_follow);
    auto* logPanel = new QWidget(this);
    auto* logLayout = new QVBoxLayout(logPanel);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_log);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_containers);
    splitter->addWidget(m_events);
    splitter->addWidget(logPanel);
    splitter->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);

    connect(m_container, &QComboBox::currentIndexChanged, this, &PodDetailsView::requestLog);
    connect(m_tail, &QSpinBox::editingFinished, this, &PodDetailsView::requestLog);
    connect(m_follow, &QCheckBox::toggled, this, &PodDetailsView::requestLog);
    connect(source, &PodDetailsSource::eventsReady, this, &PodDetailsView::onEvents);
    connect(source, &PodDetailsSource::logsReady, this, &PodDetailsView::onLogs);
    connect(source, &PodDetailsSource::logLineAppended, this, &PodDetailsView::onLogLine);
    connect(source, &PodDetailsSource::failed, this, &PodDetailsView::onFailed);
}

QString PodDetailsView::initialContainer(const PodSummary& pod)
{
    for (const QList<ContainerSummary>* list : {&pod.initContainers, &pod.containers}) {
        for (const ContainerSummary& c : *list) {
            if (failing(c))
                return c.name;
        }
    }
    return pod.containers.isEmpty() ? QString() : pod.containers.first().name;
}

void PodDetailsView::showPod(const QString& datacenter, const PodSummary& pod)
{
    m_pod = {datacenter, pod.namespaceName, pod.name, pod.uid};
    setTitle(pod);
    buildContainers(pod);
    m_events->clear();
    m_log->clear();
    const QString initial = initialContainer(pod);
    {
        const QSignalBlocker block(m_container);
        m_container->clear();
        for (const ContainerSummary& c : pod.initContainers)
            m_container->addItem(c.name);
        for (const ContainerSummary& c : pod.containers)
            m_container->addItem(c.name);
        m_container->setCurrentIndex(qMax(0, m_container->findText(initial)));
    }
    if (m_source)
        m_source->requestEvents(m_pod);
    requestLog();
}

void PodDetailsView::updatePod(const PodSummary& pod)
{
    if (pod.uid != m_pod.uid || pod.name != m_pod.name || pod.namespaceName != m_pod.namespaceName)
        return;
    setTitle(pod);
    buildContainers(pod);
}

void PodDetailsView::setTitle(const PodSummary& pod)
{
    m_title->setText(
        tr("<b>%1</b> in %2 on %3 · %4 · READY %5")
            .arg(pod.name.toHtmlEscaped(), pod.namespaceName.toHtmlEscaped(), m_pod.datacenter.toHtmlEscaped(),
                pod.status.status.toHtmlEscaped(), pod.status.readyText()));
}

void PodDetailsView::clear()
{
    m_pod = {};
    m_containers->clear();
    m_events->clear();
    m_log->clear();
    m_container->clear();
}

void PodDetailsView::buildContainers(const PodSummary& pod)
{
    m_containers->clear();
    auto add = [this](const ContainerSummary& c, const QString& kind) {
        const QString exit = c.state == u"terminated"_s ? QString::number(c.exitCode)
            : c.lastTerminationReason.isEmpty()         ? QString()
                                                : tr("last %1 (%2)").arg(c.lastExitCode).arg(c.lastTerminationReason);
        auto* item = new QTreeWidgetItem(m_containers,
            {c.name, kind, c.state.isEmpty() ? tr("unknown") : c.state, c.reason, exit, QString::number(c.restartCount),
                c.ready ? tr("yes") : tr("no")});
        if (failing(c))
            item->setForeground(3, TopologyPalette(m_containers->palette()).health(Health::Failing));
    };
    for (const ContainerSummary& c : pod.initContainers)
        add(c, c.sidecar ? tr("sidecar") : tr("init"));
    for (const ContainerSummary& c : pod.containers)
        add(c, tr("container"));
}

void PodDetailsView::requestLog()
{
    if (!m_source || m_pod.name.isEmpty() || m_container->currentText().isEmpty())
        return;
    m_source->setFollow(m_pod, m_container->currentText(), m_follow->isChecked());
    m_source->requestLogs(m_pod, m_container->currentText(), m_tail->value());
}

QString PodDetailsView::currentContainer() const
{
    return m_container->currentText();
}

QString PodDetailsView::logText() const
{
    return m_log->toPlainText();
}

int PodDetailsView::eventCount() const
{
    return m_events->topLevelItemCount();
}

void PodDetailsView::onEvents(const PodRef& pod, const QList<PodEventRecord>& events)
{
    if (pod != m_pod)
        return;
    m_events->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const PodEventRecord& e : events) {
        new QTreeWidgetItem(m_events,
            {e.type, e.reason, e.lastSeen.isValid() ? humanAge(e.lastSeen, now) : QString(), QString::number(e.count),
                e.message});
    }
}

void PodDetailsView::onLogs(const PodRef& pod, const QString& container, const QStringList& lines)
{
    if (pod != m_pod || container != m_container->currentText())
        return;
    m_log->setPlainText(lines.isEmpty() ? tr("(no log lines yet)") : lines.join(u'\n'));
    m_log->moveCursor(QTextCursor::End);
}

void PodDetailsView::onLogLine(const PodRef& pod, const QString& container, const QString& line)
{
    if (pod == m_pod && container == m_container->currentText() && m_follow->isChecked())
        m_log->appendPlainText(line);
}

void PodDetailsView::onFailed(const PodRef& pod, const QString& message)
{
    if (pod == m_pod)
        m_log->setPlainText(tr("Could not read the details: %1").arg(message));
}

} // namespace meshfed
