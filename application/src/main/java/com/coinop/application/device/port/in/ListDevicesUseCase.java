package com.coinop.application.device.port.in;

import com.coinop.application.shared.port.in.PageQuery;
import com.coinop.application.shared.port.in.Paged;

/** The machines for operators, by id, page by page, each with the session in progress on it. */
public interface ListDevicesUseCase {

    Paged<DeviceOverview> listDevices(PageQuery query);
}
