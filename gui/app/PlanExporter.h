#pragma once

#include "model/plan/FederationPlan.h"
#include "model/plan/ValuesGenerator.h"
#include "model/values/ValuesDocument.h"

#include <QCoreApplication>

class QWidget;

namespace meshfed {

/// Exports what the plan produces — the values files with the user's edits, policies/*.hcl and
/// setup.sh — into a folder the user picks, asking before anything there is replaced.
///
/// Usage: PlanExporter::exportTo(this, plan, valuesEditor->documents());
class PlanExporter
{
    Q_DECLARE_TR_FUNCTIONS(meshfed::PlanExporter)

public:
    /// The files to export: generated ones, with the edited text where the user edited.
    static QList<GeneratedFile> files(const FederationPlan& plan, const QList<ValuesDocument>& documents);
    /// Asks for the folder (and before replacing files); returns the names written.
    static QStringList exportTo(QWidget* parent, const FederationPlan& plan, const QList<ValuesDocument>& documents);
};

} // namespace meshfed
