package com.coinop.adapter.web.device;

import com.coinop.adapter.web.history.PageResponse;
import com.coinop.adapter.web.security.AdminApi;
import com.coinop.adapter.web.shared.AdminAudit;
import com.coinop.adapter.web.shared.AdminParameters;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.device.port.in.DeviceChange;
import com.coinop.application.device.port.in.DeviceOverview;
import com.coinop.application.device.port.in.ListDevicesUseCase;
import com.coinop.application.device.port.in.RegisterDeviceUseCase;
import com.coinop.application.device.port.in.RotateDeviceSecretUseCase;
import com.coinop.application.device.port.in.UpdateDeviceUseCase;
import com.coinop.application.shared.port.in.Paged;
import com.coinop.domain.device.Device;
import com.coinop.domain.device.DeviceId;
import com.coinop.domain.device.DeviceSecret;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The operators' machines: {@code GET /admin/devices} (by id, each with the session in progress on it),
 * {@code POST /admin/devices} (register one under the id printed in its QR code),
 * {@code PATCH /admin/devices/<id>} (change its location, price per minute, or whether it takes users),
 * {@code POST /admin/devices/<id>/secret} (a new secret for its signed API, shown once).
 */
@AdminApi
public class AdminDeviceController {

    private final ListDevicesUseCase listDevices;
    private final RegisterDeviceUseCase registerDevice;
    private final UpdateDeviceUseCase updateDevice;
    private final RotateDeviceSecretUseCase rotateSecret;

    public AdminDeviceController(ListDevicesUseCase listDevices, RegisterDeviceUseCase registerDevice,
                                 UpdateDeviceUseCase updateDevice, RotateDeviceSecretUseCase rotateSecret) {
        this.listDevices = listDevices;
        this.registerDevice = registerDevice;
        this.updateDevice = updateDevice;
        this.rotateSecret = rotateSecret;
    }

    @GetMapping("/admin/devices")
    public Envelope<PageResponse<DeviceListItemResponse>> list(@RequestParam(required = false) String page,
                                                               @RequestParam(required = false) String size) {
        Paged<DeviceOverview> devices = listDevices.listDevices(AdminParameters.page(page, size));
        return Envelope.ok(new PageResponse<>(devices.total(),
                devices.items().stream().map(DeviceListItemResponse::from).toList()));
    }

    @PostMapping("/admin/devices")
    public Envelope<DeviceResponse> register(@RequestBody RegisterDeviceRequest body) {
        Device device = registerDevice.register(body.toCommand());
        AdminAudit.changed("registered device", device.id().value() + " " + describe(device));
        return Envelope.ok(DeviceResponse.from(device));
    }

    @PatchMapping("/admin/devices/{id}")
    public Envelope<DeviceResponse> update(@PathVariable("id") String id, @RequestBody UpdateDeviceRequest body) {
        DeviceChange change = updateDevice.update(body.toCommand(AdminParameters.deviceId(id)));
        if (change.changed()) {
            AdminAudit.changed("changed device", change.after().id().value() + " from " + describe(change.before())
                    + " to " + describe(change.after()));
        }
        return Envelope.ok(DeviceResponse.from(change.after()));
    }

    /** The new secret, in this answer only (never logged): the machine's maker types it into the machine. */
    @PostMapping("/admin/devices/{id}/secret")
    public Envelope<DeviceSecretResponse> rotateSecret(@PathVariable("id") String id) {
        DeviceId device = AdminParameters.deviceId(id);
        DeviceSecret secret = rotateSecret.rotate(device);
        AdminAudit.changed("issued a new secret to device", String.valueOf(device.value()));
        return Envelope.ok(new DeviceSecretResponse(device.value(), secret.value()));
    }

    private static String describe(Device device) {
        return "[" + device.location().province() + " " + device.location().city() + " " + device.location().area()
                + " " + device.location().location() + ", " + device.pricePerMinute() + " yuan/min, "
                + (device.enabled() ? "enabled" : "disabled") + "]";
    }
}
