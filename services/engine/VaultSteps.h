#pragma once

#include "services/engine/EngineContext.h"

#include <QCoreApplication>

namespace meshfed {

/// The translation context of the Vault-side steps (VaultSteps.cpp and VaultContentSteps.cpp).
class VaultSteps
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::VaultSteps)
};

/// The Vault-side steps' check and apply functions shared between VaultSteps.cpp and
/// VaultContentSteps.cpp (internal to the engine; vaultStep() builds the steps from them).
namespace vaultsteps {

QString noVault();
QCoro::Task<StepCheck> checkSecrets(EngineContext& c);
QCoro::Task<StepApply> applySecrets(EngineContext& c);
QCoro::Task<StepCheck> checkRoot(EngineContext& c);
QCoro::Task<StepApply> applyRoot(EngineContext& c);
QCoro::Task<StepCheck> checkPolicies(EngineContext& c);
QCoro::Task<StepApply> applyPolicies(EngineContext& c);
QCoro::Task<StepCheck> checkRoles(EngineContext& c, QString name);
QCoro::Task<StepApply> applyRoles(EngineContext& c, QString name);
QCoro::Task<StepCheck> checkPkiRole(EngineContext& c, QString name);
QCoro::Task<StepApply> applyPkiRole(EngineContext& c, QString name);

} // namespace vaultsteps

} // namespace meshfed
