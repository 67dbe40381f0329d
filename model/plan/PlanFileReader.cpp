// Reading plan files: a small binder that walks the YAML tree alongside the plan's fields,
// so every unknown key and every wrong type is reported with its position.
#include "model/plan/PlanFile.h"

#include <QFile>
#include <QSet>

#include <functional>
#include <yaml-cpp/yaml.h>

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

QString fromStd(const std::string& s)
{
    return QString::fromStdString(s);
}

QString kindName(const YAML::Node& node)
{
    switch (node.Type()) {
    case YAML::NodeType::Map:
        return PlanFile::tr("a map");
    case YAML::NodeType::Sequence:
        return PlanFile::tr("a list");
    case YAML::NodeType::Null:
        return PlanFile::tr("nothing");
    default:
        return PlanFile::tr("a text value");
    }
}

struct Context
{
    QString file;
    QList<FileProblem>* problems;

    void report(const YAML::Mark& mark, const QString& message) const
    {
        problems->append({file, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1, message});
    }
};

/// Binds the keys of one YAML map to fields; whatever is left unbound is an unknown key.
class MapBinder
{
public:
    MapBinder(const YAML::Node& node, QString path, const Context& ctx)
        : m_node(node)
        , m_path(std::move(path))
        , m_ctx(ctx)
    {
        m_valid = node.IsMap() || node.IsNull();
        if (!m_valid)
            ctx.report(node.Mark(), PlanFile::tr("%1 must be a map, found %2").arg(label(), kindName(node)));
    }

    void text(const char* key, QString& out)
    {
        if (const YAML::Node value = take(key)) {
            if (value.IsNull())
                out.clear();
            else if (value.IsScalar())
                out = fromStd(value.Scalar());
            else
                typeError(key, value, PlanFile::tr("a text value"));
        }
    }

    void integer(const char* key, int& out)
    {
        if (const YAML::Node value = take(key)) {
            bool ok = false;
            const int number = value.IsScalar() ? fromStd(value.Scalar()).toInt(&ok) : 0;
            if (ok)
                out = number;
            else
                typeError(key, value, PlanFile::tr("a whole number"));
        }
    }

    void map(const char* key, const std::function<void(MapBinder&)>& bind)
    {
        if (const YAML::Node value = take(key)) {
            MapBinder child(value, child_path(key), m_ctx);
            if (child.m_valid) {
                bind(child);
                child.finish();
            }
        }
    }

    void list(
        const char* key, const std::function<void(MapBinder&, int)>& bindItem, const std::function<void()>& onPresent)
    {
        const YAML::Node value = take(key);
        if (!value)
            return;
        if (!value.IsSequence()) {
            typeError(key, value, PlanFile::tr("a list"));
            return;
        }
        onPresent();
        for (std::size_t i = 0; i < value.size(); ++i) {
            MapBinder child(value[i], child_path(key) + u"[%1]"_s.arg(i), m_ctx);
            if (child.m_valid) {
                bindItem(child, int(i));
                child.finish();
            }
        }
    }

    /// Reports every key that no binding asked for.
    void finish()
    {
        if (!m_node.IsMap())
            return;
        for (auto it = m_node.begin(); it != m_node.end(); ++it) {
            const QString key = fromStd(it->first.as<std::string>(""));
            if (!m_bound.contains(key))
                m_ctx.report(it->first.Mark(), PlanFile::tr("unknown key \"%1\" in %2").arg(key, label()));
        }
    }

private:
    YAML::Node take(const char* key)
    {
        const QString name = QLatin1String(key);
        m_bound.insert(name);
        if (!m_node.IsMap())
            return YAML::Node(YAML::NodeType::Undefined);
        YAML::Node found(YAML::NodeType::Undefined);
        int count = 0;
        for (auto it = m_node.begin(); it != m_node.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == key) {
                if (++count == 2)
                    m_ctx.report(it->first.Mark(), PlanFile::tr("duplicate key \"%1\"").arg(child_path(key)));
                else
                    found.reset(it->second);
            }
        }
        return found;
    }

    void typeError(const char* key, const YAML::Node& value, const QString& expected)
    {
        m_ctx.report(
            value.Mark(), PlanFile::tr("%1 must be %2, found %3").arg(child_path(key), expected, kindName(value)));
    }

    QString child_path(const char* key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + u'.' + QLatin1String(key);
    }

    QString label() const { return m_path.isEmpty() ? PlanFile::tr("the plan") : m_path; }

    YAML::Node m_node;
    QString m_path;
    const Context& m_ctx;
    QSet<QString> m_bound;
    bool m_valid = true;
};

void bindSecret(MapBinder& m, KvSecretRef& secret)
{
    m.text("path", secret.path);
    m.text("key", secret.key);
}

void bindVault(MapBinder& m, VaultChoices& v)
{
    m.text("chartVersion", v.chartVersion);
    m.text("address", v.address);
    m.map("kv", [&](MapBinder& kv) {
        kv.text("mount", v.kvMount);
        kv.map("gossip", [&](MapBinder& s) { bindSecret(s, v.gossip); });
        kv.map("bootstrapToken", [&](MapBinder& s) { bindSecret(s, v.bootstrapToken); });
        kv.map("replicationToken", [&](MapBinder& s) { bindSecret(s, v.replicationToken); });
    });
    m.map("pki", [&](MapBinder& pki) {
        pki.text("mount", v.pkiMount);
        pki.text("maxLeaseTtl", v.pkiMaxLeaseTtl);
        pki.text("rootCommonName", v.pkiRootCommonName);
        pki.text("serverCertMaxTtl", v.serverCertMaxTtl);
    });
    m.map("connectCA", [&](MapBinder& ca) { ca.text("rootPath", v.connectRootPath); });
    m.map("policies", [&](MapBinder& p) {
        p.text("gossip", v.gossipPolicy);
        p.text("bootstrapToken", v.bootstrapTokenPolicy);
        p.text("replicationToken", v.replicationTokenPolicy);
        p.text("ca", v.caPolicy);
    });
    m.map("roles", [&](MapBinder& r) {
        r.text("server", v.serverRole);
        r.text("client", v.clientRole);
        r.text("aclInit", v.aclInitRole);
        r.text("ca", v.caRole);
        r.text("ttl", v.roleTtl);
        r.text("caTtl", v.caRoleTtl);
    });
}

void bindDatacenter(MapBinder& m, DatacenterPlan& dc)
{
    m.text("kubeContext", dc.kubeContext);
    m.text("namespace", dc.kubeNamespace);
    m.text("vaultRelease", dc.vaultRelease);
    m.text("consulRelease", dc.consulRelease);
    m.text("authMount", dc.authMount);
    m.text("pkiRole", dc.pkiRole);
    m.text("certPolicy", dc.certPolicy);
    m.text("connectCaPolicy", dc.connectCaPolicy);
    m.text("connectIntermediatePath", dc.connectIntermediatePath);
    m.map("replicas", [&](MapBinder& r) {
        r.integer("server", dc.replicas.server);
        r.integer("connectInject", dc.replicas.connectInject);
        r.integer("meshGateway", dc.replicas.meshGateway);
    });
    m.text("reviewerServiceAccount", dc.reviewerServiceAccount);
    m.text("apiServerUrl", dc.apiServerUrl);
    m.text("meshGatewayAddress", dc.meshGatewayAddress);
}

void bindPlan(MapBinder& root, FederationPlan& plan)
{
    root.map("helm", [&](MapBinder& h) { h.text("repository", plan.helmRepository); });
    root.map("consul", [&](MapBinder& c) {
        c.text("name", plan.consul.globalName);
        c.text("domain", plan.consul.domain);
        c.text("chartVersion", plan.consul.chartVersion);
    });
    root.map("vault", [&](MapBinder& v) { bindVault(v, plan.vault); });
    root.list(
        "datacenters",
        [&](MapBinder& item, int index) {
            // Defaults depend on the name: read it first, then the rest over those defaults.
            QString name;
            item.text("name", name);
            DatacenterPlan dc = DatacenterPlan::defaultsFor(name, index == 0);
            dc.kubeNamespace = plan.datacenters.isEmpty() ? dc.kubeNamespace : plan.primary().kubeNamespace;
            bindDatacenter(item, dc);
            plan.datacenters << dc;
        },
        [&] { plan.datacenters.clear(); });
}

YAML::Mark markOf(const YAML::Node& doc, const char* key)
{
    if (doc.IsMap()) {
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == key)
                return it->second.Mark();
        }
    }
    return doc.Mark();
}

void checkHeader(MapBinder& root, const Context& ctx, const YAML::Node& doc)
{
    QString apiVersion;
    QString kind;
    root.text("apiVersion", apiVersion);
    root.text("kind", kind);
    if (apiVersion != PlanFile::kApiVersion)
        ctx.report(markOf(doc, "apiVersion"),
            PlanFile::tr("apiVersion must be %1, found \"%2\"").arg(PlanFile::kApiVersion, apiVersion));
    if (kind != PlanFile::kKind)
        ctx.report(markOf(doc, "kind"), PlanFile::tr("kind must be %1, found \"%2\"").arg(PlanFile::kKind, kind));
}

} // namespace

std::optional<FederationPlan> PlanFile::parse(
    const QByteArray& text, const QString& fileName, QList<FileProblem>* problems)
{
    const Context ctx {fileName, problems};
    const qsizetype before = problems->size();
    YAML::Node doc;
    try {
        doc = YAML::Load(text.toStdString());
    } catch (const YAML::ParserException& e) {
        ctx.report(e.mark, tr("not valid YAML: %1").arg(fromStd(e.msg)));
        return std::nullopt;
    }
    FederationPlan plan = FederationPlan::defaults();
    MapBinder root(doc, {}, ctx);
    checkHeader(root, ctx, doc);
    bindPlan(root, plan);
    root.finish();
    if (problems->size() > before)
        return std::nullopt;
    return plan;
}

std::optional<FederationPlan> PlanFile::load(const QString& path, QList<FileProblem>* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({path, 0, 0, tr("cannot read the plan: %1").arg(file.errorString())});
        return std::nullopt;
    }
    return parse(file.readAll(), path, problems);
}

QString FileProblem::toString() const
{
    if (line <= 0)
        return file + u": "_s + message;
    return u"%1:%2:%3: %4"_s.arg(file).arg(line).arg(column).arg(message);
}

} // namespace meshfed
