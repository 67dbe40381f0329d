#pragma once

#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace meshfed {

class PlanDocument;
class FederationPlan;

/// The plan as a form, grouped (datacenters, Vault, Consul, advanced names and paths). Every field
/// is bound to its plan-file key, so each validation problem appears next to its field; a third
/// datacenter is added with one button.
///
/// Usage: auto* form = new PlanForm(&planDocument, parent);
class PlanForm : public QWidget
{
    Q_OBJECT

public:
    explicit PlanForm(PlanDocument* document, QWidget* parent = nullptr);

    /// The editor of a field by its plan-file key ("datacenters[1].namespace"), for tests.
    QWidget* field(const QString& key) const;
    QLabel* problemLabel(const QString& key) const;

private:
    struct Binding
    {
        QString key;
        std::function<QString(const FederationPlan&)> get;
        std::function<void(FederationPlan&, const QString&)> set;
        QWidget* editor = nullptr;
        QLabel* problem = nullptr;
    };

    QWidget* buildPage(const std::function<void(QFormLayout*)>& fill);
    void addText(QFormLayout* form, const QString& key, const QString& label,
        std::function<QString(const FederationPlan&)> get, std::function<void(FederationPlan&, const QString&)> set);
    void addNumber(QFormLayout* form, const QString& key, const QString& label,
        std::function<int(const FederationPlan&)> get, std::function<void(FederationPlan&, int)> set);
    void fillDatacenters(QFormLayout* form);
    void fillVault(QFormLayout* form);
    void fillConsul(QFormLayout* form);
    void fillAdvanced(QFormLayout* form);
    void fillAdvancedDatacenter(QFormLayout* form, int index);
    void rebuild();
    void refresh();
    void edit(const std::function<void(FederationPlan&)>& change);

    PlanDocument* m_document;
    QVBoxLayout* m_layout;
    QWidget* m_content = nullptr;
    QList<Binding> m_bindings;
    qsizetype m_datacenterCount = 0;
    bool m_refreshing = false;
};

} // namespace meshfed
