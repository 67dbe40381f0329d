#include "services/http/CancelToken.h"

namespace meshfed {

void CancelToken::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    Q_EMIT cancelled();
}

} // namespace meshfed
