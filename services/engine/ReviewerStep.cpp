// reviewer/<dc>: the token reviewer of a secondary (service account, binding to
// system:auth-delegator, long-lived token Secret filled by the token controller).
#include "services/engine/KubeCalls.h"

namespace meshfed {

using namespace Qt::StringLiterals;

namespace {

class ReviewerStep
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::ReviewerStep)
};

const QString kDelegator = u"system:auth-delegator"_s;

QJsonObject serviceAccountBody(const DatacenterPlan& dc)
{
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"ServiceAccount"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, dc.reviewerServiceAccount}, {u"namespace"_s, dc.kubeNamespace}}}};
}

QJsonObject bindingBody(const DatacenterPlan& dc)
{
    const QJsonObject subject {
        {u"kind"_s, u"ServiceAccount"_s}, {u"name"_s, dc.reviewerServiceAccount}, {u"namespace"_s, dc.kubeNamespace}};
    return {{u"apiVersion"_s, u"rbac.authorization.k8s.io/v1"_s}, {u"kind"_s, u"ClusterRoleBinding"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, dc.reviewerServiceAccount}}},
        {u"roleRef"_s,
            QJsonObject {{u"apiGroup"_s, u"rbac.authorization.k8s.io"_s}, {u"kind"_s, u"ClusterRole"_s},
                {u"name"_s, kDelegator}}},
        {u"subjects"_s, QJsonArray {subject}}};
}

QJsonObject secretBody(const DatacenterPlan& dc)
{
    const QJsonObject annotations {{u"kubernetes.io/service-account.name"_s, dc.reviewerServiceAccount}};
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Secret"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, dc.reviewerServiceAccount}, {u"namespace"_s, dc.kubeNamespace},
                {u"annotations"_s, annotations}}},
        {u"type"_s, u"kubernetes.io/service-account-token"_s}};
}

/// Empty when the binding is what the plan wants; else why not.
QString bindingProblem(const QJsonObject& crb, const DatacenterPlan& dc)
{
    const QJsonObject roleRef = crb.value(u"roleRef"_s).toObject();
    if (roleRef.value(u"kind"_s).toString() != u"ClusterRole"_s || roleRef.value(u"name"_s).toString() != kDelegator) {
        return ReviewerStep::tr("The ClusterRoleBinding %1 in %2 binds %3 %4, not the ClusterRole %5. A roleRef cannot "
                                "be changed; Meshfed does not delete it. Delete it yourself (kubectl delete "
                                "clusterrolebinding %1) or choose another reviewer name in the plan.")
            .arg(dc.reviewerServiceAccount, dc.name, roleRef.value(u"kind"_s).toString(),
                roleRef.value(u"name"_s).toString(), kDelegator);
    }
    for (const QJsonValue& s : crb.value(u"subjects"_s).toArray()) {
        const QJsonObject subject = s.toObject();
        if (subject.value(u"kind"_s).toString() == u"ServiceAccount"_s
            && subject.value(u"name"_s).toString() == dc.reviewerServiceAccount
            && subject.value(u"namespace"_s).toString() == dc.kubeNamespace)
            return {};
    }
    return ReviewerStep::tr("The ClusterRoleBinding %1 in %2 does not bind the service account %3/%1. Meshfed does not "
                            "change it; fix its subjects or choose another reviewer name in the plan.")
        .arg(dc.reviewerServiceAccount, dc.name, dc.kubeNamespace);
}

struct Found
{
    bool serviceAccount = false;
    bool binding = false;
    bool secret = false;
    bool token = false;
    QString problem;
    QString error;
};

QCoro::Task<Found> look(EngineContext& c, QString name)
{
    const DatacenterPlan dc = c.dc(name);
    Found found;
    const KubeReply sa
        = co_await kube::get(c, name, kube::nsPath(dc.kubeNamespace, u"serviceaccounts"_s, dc.reviewerServiceAccount));
    const KubeReply crb = co_await kube::get(c, name,
        kube::clusterPath(u"rbac.authorization.k8s.io/v1"_s, u"clusterrolebindings"_s, dc.reviewerServiceAccount));
    const KubeReply secret
        = co_await kube::get(c, name, kube::nsPath(dc.kubeNamespace, u"secrets"_s, dc.reviewerServiceAccount));
    for (const KubeReply* r : {&sa, &crb, &secret}) {
        if (!r->ok() && !r->notFound())
            found.error = kube::describe(*r);
    }
    found.serviceAccount = sa.ok();
    found.binding = crb.ok();
    found.secret = secret.ok();
    if (found.binding)
        found.problem = bindingProblem(crb.json, dc);
    if (found.secret) {
        const QJsonObject s = secret.json;
        if (s.value(u"type"_s).toString() != u"kubernetes.io/service-account-token"_s) {
            found.problem
                = ReviewerStep::tr("The Secret %1/%2 in %3 exists but is not a service-account token; Meshfed "
                                   "does not replace it.")
                      .arg(dc.kubeNamespace, dc.reviewerServiceAccount, name);
        }
        const QJsonObject data = s.value(u"data"_s).toObject();
        const QString jwt = QString::fromUtf8(QByteArray::fromBase64(data.value(u"token"_s).toString().toLatin1()));
        const QString ca = QString::fromUtf8(QByteArray::fromBase64(data.value(u"ca.crt"_s).toString().toLatin1()));
        found.token = !jwt.isEmpty() && !ca.isEmpty();
        if (found.token) {
            c.redactor.add(jwt);
            c.reviewers.insert(name, {jwt, ca});
        }
    }
    co_return found;
}

QCoro::Task<StepCheck> checkReviewer(EngineContext& c, QString name)
{
    const DatacenterPlan dc = c.dc(name);
    const Found f = co_await look(c, name);
    if (!f.error.isEmpty())
        co_return failedCheck(f.error);
    if (!f.problem.isEmpty())
        co_return conflict(f.problem);
    QStringList changes;
    if (!f.serviceAccount)
        changes << ReviewerStep::tr("create ServiceAccount %1/%2").arg(dc.kubeNamespace, dc.reviewerServiceAccount);
    if (!f.binding)
        changes << ReviewerStep::tr("create ClusterRoleBinding %1 to %2").arg(dc.reviewerServiceAccount, kDelegator);
    if (!f.secret)
        changes << ReviewerStep::tr("create Secret %1/%2 of type kubernetes.io/service-account-token")
                       .arg(dc.kubeNamespace, dc.reviewerServiceAccount);
    if (!f.token)
        changes << ReviewerStep::tr("wait for the token controller to fill it");
    if (changes.isEmpty())
        co_return done(ReviewerStep::tr("The reviewer %1 of %2 has its token.").arg(dc.reviewerServiceAccount, name));
    co_return todo(changes);
}

QCoro::Task<StepApply> applyReviewer(EngineContext& c, QString name)
{
    const DatacenterPlan dc = c.dc(name);
    const QJsonObject sa = serviceAccountBody(dc);
    const QJsonObject crb = bindingBody(dc);
    const QJsonObject secret = secretBody(dc);
    const QList<std::pair<QString, QJsonObject>> objects {{kube::nsPath(dc.kubeNamespace, u"serviceaccounts"_s), sa},
        {kube::clusterPath(u"rbac.authorization.k8s.io/v1"_s, u"clusterrolebindings"_s), crb},
        {kube::nsPath(dc.kubeNamespace, u"secrets"_s), secret}};
    for (const auto& [path, body] : objects) {
        const KubeReply r = co_await kube::create(c, name, path, body);
        if (!r.ok() && !r.alreadyExists())
            co_return applyFailed(kube::describe(r));
    }
    const QString what = ReviewerStep::tr("the token controller to fill Secret %1/%2 in %3")
                             .arg(dc.kubeNamespace, dc.reviewerServiceAccount, name);
    bool conflicting = false;
    const bool ok = co_await waitUntil(c, what, c.options.tokenBound, [&c, name, &conflicting]() -> QCoro::Task<bool> {
        const Found f = co_await look(c, name);
        conflicting = !f.problem.isEmpty();
        co_return f.token || conflicting;
    });
    if (conflicting) {
        StepApply stop = applyFailed((co_await look(c, name)).problem);
        stop.conflict = true;
        co_return stop;
    }
    co_return ok ? applied()
                 : applyFailed(ReviewerStep::tr("No token within %1 s: is the token controller running in %2?")
                                   .arg(c.options.tokenBound.count())
                                   .arg(name));
}

} // namespace

EngineStep reviewerStep(const StepDefinition& d)
{
    const QString dc = d.datacenter;
    return {d, [dc](EngineContext& c) { return checkReviewer(c, dc); },
        [dc](EngineContext& c) { return applyReviewer(c, dc); }};
}

} // namespace meshfed
