package com.coinop.application.usage.service;

import com.coinop.domain.device.DeviceId;
import com.coinop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MachineQrCodesTest {

    private final MachineQrCodes codes = new MachineQrCodes("https://h5.example.com/?machine={machine}&from=qr");

    @Test
    void a_machine_s_code_is_the_template_with_its_id_and_reads_back_to_it() {
        assertThat(codes.of(new DeviceId(1001))).isEqualTo("https://h5.example.com/?machine=1001&from=qr");
        assertThat(codes.read("https://h5.example.com/?machine=1001&from=qr")).isEqualTo(new DeviceId(1001));
        assertThat(codes.read("  https://h5.example.com/?machine=999999999999999999&from=qr\n"))
                .as("the scanner's surrounding blanks are no part of it").isEqualTo(new DeviceId(999_999_999_999_999_999L));
    }

    @Test
    void any_other_text_is_not_a_machine_s_code() {
        for (String qr : new String[] {"1001", "https://h5.example.com/?machine=&from=qr",
                "https://h5.example.com/?machine=0&from=qr", "https://h5.example.com/?machine=01001&from=qr",
                "https://h5.example.com/?machine=-5&from=qr", "https://h5.example.com/?machine=10a1&from=qr",
                "https://h5.example.com/?machine=１００１&from=qr", "https://h5.example.com/?machine=1001",
                "https://evil.example.com/?machine=1001&from=qr", "https://h5.example.com/?machine=1001&from=qr&x=1",
                "https://h5.example.com/?machine=9999999999999999999&from=qr", "https://h5.example.com/?machine={machine}&from=qr"}) {
            assertThatThrownBy(() -> codes.read(qr)).as(qr)
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_QR"));
        }
    }

    @Test
    void a_template_without_exactly_one_place_for_the_machine_is_refused() {
        for (String template : new String[] {null, "https://h5.example.com/", "https://h5.example.com/{machine}/{machine}"}) {
            assertThatThrownBy(() -> new MachineQrCodes(template)).as(String.valueOf(template))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
