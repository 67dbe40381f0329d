#include "model/engine/StepState.h"

namespace meshfed {

QString StepStateText::name(StepState state)
{
    switch (state) {
    case StepState::NotChecked:
        return tr("not checked");
    case StepState::Checking:
        return tr("checking");
    case StepState::Done:
        return tr("done");
    case StepState::ToDo:
        return tr("to do");
    case StepState::Running:
        return tr("running");
    case StepState::Failed:
        return tr("failed");
    case StepState::Conflict:
        return tr("conflict");
    }
    return {};
}

} // namespace meshfed
