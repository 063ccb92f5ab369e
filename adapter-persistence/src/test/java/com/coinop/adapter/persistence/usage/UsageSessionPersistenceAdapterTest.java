package com.coinop.adapter.persistence.usage;

import com.coinop.application.usage.port.out.UsageSessionPort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link UsageSessionPersistenceAdapter} as the {@link UsageSessionPort}. */
class UsageSessionPersistenceAdapterTest extends UsageSessionPortContract {

    @Autowired
    private UsageSessionPersistenceAdapter adapter;

    @Override
    protected UsageSessionPort usageSessionPort() {
        return adapter;
    }
}
