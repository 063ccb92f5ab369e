package com.coinop.adapter.persistence.recharge;

import com.coinop.application.recharge.port.out.RechargeOrderPort;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link RechargeOrderPersistenceAdapter} as the {@link RechargeOrderPort}. */
class RechargeOrderPersistenceAdapterTest extends RechargeOrderPortContract {

    @Autowired
    private RechargeOrderPersistenceAdapter adapter;

    @Override
    protected RechargeOrderPort rechargeOrderPort() {
        return adapter;
    }
}
