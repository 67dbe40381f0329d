#include "gui/plan/PlanForm.h"

#include "gui/topology/TopologyPalette.h"
#include "model/plan/PlanDocument.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QString dcKey(int index, const char* field)
{
    return u"datacenters[%1]."_s.arg(index) + QLatin1String(field);
}

/// A member of the datacenter at `index`, by pointer to member.
template <typename T> auto dcGet(int index, T DatacenterPlan::*member)
{
    return [index, member](const FederationPlan& p) {
        return index < p.datacenters.size() ? p.datacenters.at(index).*member : T {};
    };
}

template <typename T> auto dcSet(int index, T DatacenterPlan::*member)
{
    return [index, member](FederationPlan& p, const T& value) {
        if (index < p.datacenters.size())
            p.datacenters[index].*member = value;
    };
}

} // namespace

PlanForm::PlanForm(PlanDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"planForm"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    rebuild();
    connect(m_document, &PlanDocument::planChanged, this, [this] {
        if (m_document->plan().datacenters.size() != m_datacenterCount)
            rebuild();
        else
            refresh();
    });
}

QWidget* PlanForm::buildPage(const std::function<void(QFormLayout*)>& fill)
{
    auto* scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields; the area scrolls to the focused one
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    fill(form);
    scroll->setWidget(page);
    return scroll;
}

void PlanForm::rebuild()
{
    m_bindings.clear();
    delete m_content;
    m_datacenterCount = m_document->plan().datacenters.size();
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"planGroups"_s);
    tabs->addTab(buildPage([this](QFormLayout* f) { fillDatacenters(f); }), tr("&Datacenters"));
    tabs->addTab(buildPage([this](QFormLayout* f) { fillVault(f); }), tr("&Vault"));
    tabs->addTab(buildPage([this](QFormLayout* f) { fillConsul(f); }), tr("&Consul"));
    tabs->addTab(buildPage([this](QFormLayout* f) { fillAdvanced(f); }), tr("&Advanced names and paths"));
    m_content = tabs;
    m_layout->addWidget(tabs);
    refresh();
}

void PlanForm::edit(const std::function<void(FederationPlan&)>& change)
{
    if (m_refreshing)
        return;
    FederationPlan plan = m_document->plan();
    change(plan);
    m_document->setPlan(plan);
}

void PlanForm::addText(QFormLayout* form, const QString& key, const QString& label,
    std::function<QString(const FederationPlan&)> get, std::function<void(FederationPlan&, const QString&)> set)
{
    auto* line = new QLineEdit;
    line->setObjectName(key);
    line->setAccessibleName(label);
    auto* problem = new QLabel;
    problem->setObjectName(u"problem:"_s + key);
    problem->setWordWrap(true);
    problem->hide();
    auto* column = new QVBoxLayout;
    column->addWidget(line);
    column->addWidget(problem);
    form->addRow(label, column);
    connect(line, &QLineEdit::textEdited, this,
        [this, set](const QString& text) { edit([&](FederationPlan& p) { set(p, text.trimmed()); }); });
    m_bindings << Binding {key, std::move(get), {}, line, problem};
}

void PlanForm::addNumber(QFormLayout* form, const QString& key, const QString& label,
    std::function<int(const FederationPlan&)> get, std::function<void(FederationPlan&, int)> set)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(key);
    spin->setAccessibleName(label);
    spin->setRange(1, 99);
    auto* problem = new QLabel;
    problem->setObjectName(u"problem:"_s + key);
    problem->hide();
    form->addRow(label, spin);
    form->addRow(QString(), problem);
    connect(spin, &QSpinBox::valueChanged, this,
        [this, set](int value) { edit([&](FederationPlan& p) { set(p, value); }); });
    m_bindings << Binding {key, [get](const FederationPlan& p) { return QString::number(get(p)); }, {}, spin, problem};
}

void PlanForm::fillDatacenters(QFormLayout* form)
{
    const FederationPlan& plan = m_document->plan();
    for (int i = 0; i < plan.datacenters.size(); ++i) {
        auto* heading = new QLabel(i == 0 ? tr("<b>Primary datacenter</b> (runs the Vault server)")
                                          : tr("<b>Secondary datacenter %1</b>").arg(i));
        form->addRow(heading);
        addText(form, dcKey(i, "name"), tr("Datacenter name"), dcGet(i, &DatacenterPlan::name),
            dcSet(i, &DatacenterPlan::name));
        addText(form, dcKey(i, "kubeContext"), tr("Kube context"), dcGet(i, &DatacenterPlan::kubeContext),
            dcSet(i, &DatacenterPlan::kubeContext));
        addText(form, dcKey(i, "namespace"), tr("Namespace"), dcGet(i, &DatacenterPlan::kubeNamespace),
            dcSet(i, &DatacenterPlan::kubeNamespace));
        if (i == 0)
            addText(form, dcKey(i, "meshGatewayAddress"), tr("Mesh gateway address"),
                dcGet(i, &DatacenterPlan::meshGatewayAddress), dcSet(i, &DatacenterPlan::meshGatewayAddress));
        else
            addText(form, dcKey(i, "apiServerUrl"), tr("API server URL (as Vault reaches it)"),
                dcGet(i, &DatacenterPlan::apiServerUrl), dcSet(i, &DatacenterPlan::apiServerUrl));
        addNumber(
            form, dcKey(i, "replicas.server"), tr("Consul servers"),
            [i](const FederationPlan& p) { return p.datacenters.value(i).replicas.server; },
            [i](FederationPlan& p, int v) { p.datacenters[i].replicas.server = v; });
        if (i > 1) {
            auto* remove = new QPushButton(tr("Remove datacenter %1").arg(plan.datacenters.at(i).name));
            remove->setObjectName(u"removeDatacenter%1"_s.arg(i));
            connect(remove, &QPushButton::clicked, this,
                [this, i] { edit([i](FederationPlan& p) { p.datacenters.removeAt(i); }); });
            form->addRow(remove);
        }
    }
    auto* add = new QPushButton(tr("Add a secondary datacenter"));
    add->setObjectName(u"addDatacenter"_s);
    connect(add, &QPushButton::clicked, this,
        [this] { edit([](FederationPlan& p) { p.addSecondary(u"dc%1"_s.arg(p.datacenters.size() + 1)); }); });
    form->addRow(add);
}

void PlanForm::fillVault(QFormLayout* form)
{
    addText(
        form, u"vault.address"_s, tr("Vault address"), [](const FederationPlan& p) { return p.vault.address; },
        [](FederationPlan& p, const QString& v) { p.vault.address = v; });
    addText(
        form, u"vault.chartVersion"_s, tr("Vault chart version"),
        [](const FederationPlan& p) { return p.vault.chartVersion; },
        [](FederationPlan& p, const QString& v) { p.vault.chartVersion = v; });
    addText(
        form, u"vault.kv.mount"_s, tr("KV version 2 mount"), [](const FederationPlan& p) { return p.vault.kvMount; },
        [](FederationPlan& p, const QString& v) { p.vault.kvMount = v; });
    addText(
        form, u"vault.pki.mount"_s, tr("PKI mount"), [](const FederationPlan& p) { return p.vault.pkiMount; },
        [](FederationPlan& p, const QString& v) { p.vault.pkiMount = v; });
    addText(
        form, u"vault.connectCA.rootPath"_s, tr("Connect CA root path"),
        [](const FederationPlan& p) { return p.vault.connectRootPath; },
        [](FederationPlan& p, const QString& v) { p.vault.connectRootPath = v; });
}

void PlanForm::fillConsul(QFormLayout* form)
{
    addText(
        form, u"consul.name"_s, tr("global.name"), [](const FederationPlan& p) { return p.consul.globalName; },
        [](FederationPlan& p, const QString& v) { p.consul.globalName = v; });
    addText(
        form, u"consul.domain"_s, tr("Domain"), [](const FederationPlan& p) { return p.consul.domain; },
        [](FederationPlan& p, const QString& v) { p.consul.domain = v; });
    addText(
        form, u"consul.chartVersion"_s, tr("Consul chart version"),
        [](const FederationPlan& p) { return p.consul.chartVersion; },
        [](FederationPlan& p, const QString& v) { p.consul.chartVersion = v; });
    addText(
        form, u"helm.repository"_s, tr("Helm repository"), [](const FederationPlan& p) { return p.helmRepository; },
        [](FederationPlan& p, const QString& v) { p.helmRepository = v; });
}

void PlanForm::fillAdvanced(QFormLayout* form)
{
    struct Named
    {
        const char* key;
        QString label;
        QString VaultChoices::*member;
    };
    const Named names[] = {{"vault.policies.gossip", tr("Gossip policy"), &VaultChoices::gossipPolicy},
        {"vault.policies.bootstrapToken", tr("Bootstrap token policy"), &VaultChoices::bootstrapTokenPolicy},
        {"vault.policies.replicationToken", tr("Replication token policy"), &VaultChoices::replicationTokenPolicy},
        {"vault.policies.ca", tr("CA policy"), &VaultChoices::caPolicy},
        {"vault.roles.server", tr("Server role"), &VaultChoices::serverRole},
        {"vault.roles.client", tr("Client role"), &VaultChoices::clientRole},
        {"vault.roles.aclInit", tr("ACL init role"), &VaultChoices::aclInitRole},
        {"vault.roles.ca", tr("CA role"), &VaultChoices::caRole},
        {"vault.roles.ttl", tr("Role token TTL"), &VaultChoices::roleTtl}};
    for (const Named& n : names) {
        const auto member = n.member;
        addText(
            form, QLatin1String(n.key), n.label, [member](const FederationPlan& p) { return p.vault.*member; },
            [member](FederationPlan& p, const QString& v) { p.vault.*member = v; });
    }
    for (int i = 0; i < m_document->plan().datacenters.size(); ++i)
        fillAdvancedDatacenter(form, i);
}

void PlanForm::fillAdvancedDatacenter(QFormLayout* form, int i)
{
    form->addRow(new QLabel(u"<b>%1</b>"_s.arg(m_document->plan().datacenters.at(i).name.toHtmlEscaped())));
    addText(form, dcKey(i, "vaultRelease"), tr("Vault release"), dcGet(i, &DatacenterPlan::vaultRelease),
        dcSet(i, &DatacenterPlan::vaultRelease));
    addText(form, dcKey(i, "consulRelease"), tr("Consul release"), dcGet(i, &DatacenterPlan::consulRelease),
        dcSet(i, &DatacenterPlan::consulRelease));
    addText(form, dcKey(i, "authMount"), tr("Vault auth mount"), dcGet(i, &DatacenterPlan::authMount),
        dcSet(i, &DatacenterPlan::authMount));
    addText(form, dcKey(i, "pkiRole"), tr("PKI role"), dcGet(i, &DatacenterPlan::pkiRole),
        dcSet(i, &DatacenterPlan::pkiRole));
    addText(form, dcKey(i, "connectIntermediatePath"), tr("Connect CA intermediate path"),
        dcGet(i, &DatacenterPlan::connectIntermediatePath), dcSet(i, &DatacenterPlan::connectIntermediatePath));
    if (i > 0)
        addText(form, dcKey(i, "reviewerServiceAccount"), tr("Token reviewer service account"),
            dcGet(i, &DatacenterPlan::reviewerServiceAccount), dcSet(i, &DatacenterPlan::reviewerServiceAccount));
}

void PlanForm::refresh()
{
    m_refreshing = true;
    const FederationPlan& plan = m_document->plan();
    for (const Binding& b : std::as_const(m_bindings)) {
        const QString value = b.get(plan);
        if (auto* line = qobject_cast<QLineEdit*>(b.editor); line && line->text() != value)
            line->setText(value);
        else if (auto* spin = qobject_cast<QSpinBox*>(b.editor); spin && spin->value() != value.toInt())
            spin->setValue(value.toInt());
        QStringList messages;
        bool error = false;
        for (const PlanProblem& p : m_document->problemsOf(b.key)) {
            messages << p.message;
            error = error || p.severity == PlanProblem::Severity::Error;
        }
        b.problem->setText(messages.join(u'\n'));
        const QColor failing = TopologyPalette(b.problem->palette()).health(Health::Failing);
        b.problem->setStyleSheet(error ? u"color: %1;"_s.arg(failing.name()) : u"color: palette(placeholder-text);"_s);
        b.problem->setVisible(!messages.isEmpty());
        b.editor->setToolTip(messages.join(u'\n'));
        b.editor->setAccessibleDescription(messages.join(u'\n'));
    }
    m_refreshing = false;
}

QWidget* PlanForm::field(const QString& key) const
{
    for (const Binding& b : m_bindings) {
        if (b.key == key)
            return b.editor;
    }
    return nullptr;
}

QLabel* PlanForm::problemLabel(const QString& key) const
{
    for (const Binding& b : m_bindings) {
        if (b.key == key)
            return b.problem;
    }
    return nullptr;
}

} // namespace meshfed
