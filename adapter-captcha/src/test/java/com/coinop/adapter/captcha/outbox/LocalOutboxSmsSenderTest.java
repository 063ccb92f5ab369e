package com.coinop.adapter.captcha.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.coinop.domain.user.Mobile;

@ExtendWith(OutputCaptureExtension.class)
class LocalOutboxSmsSenderTest {

    private static final Mobile ALICE = new Mobile("13800138000");
    private static final Mobile BOB = new Mobile("13900139000");

    private final LocalOutboxSmsSender outbox = new LocalOutboxSmsSender();

    @Test
    void the_latest_code_per_mobile_wins() {
        outbox.sendCode(ALICE, "111111");
        outbox.sendCode(BOB, "222222");
        outbox.sendCode(ALICE, "333333");

        assertThat(outbox.latestCode(ALICE)).contains("333333");
        assertThat(outbox.latestCode(BOB)).contains("222222");
    }

    @Test
    void an_unknown_mobile_has_no_code() {
        outbox.sendCode(ALICE, "111111");

        assertThat(outbox.latestCode(BOB)).isEmpty();
    }

    @Test
    void the_code_is_printed_with_the_full_mobile(CapturedOutput output) {
        outbox.sendCode(ALICE, "482916");

        assertThat(output).contains("[sms outbox] 13800138000 → 482916");
    }

    @Test
    void the_outbox_forgets_the_mobile_sent_to_least_recently_beyond_its_capacity() {
        LocalOutboxSmsSender small = new LocalOutboxSmsSender(2);
        Mobile carol = new Mobile("13700137000");

        small.sendCode(ALICE, "111111");
        small.sendCode(BOB, "222222");
        // a new code for Alice makes Bob the eldest
        small.sendCode(ALICE, "333333");
        small.sendCode(carol, "444444");

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.latestCode(BOB)).isEmpty();
        assertThat(small.latestCode(ALICE)).contains("333333");
        assertThat(small.latestCode(carol)).contains("444444");
    }

    @Test
    void the_default_capacity_is_a_thousand_mobiles() {
        for (int i = 0; i < 1_005; i++) {
            outbox.sendCode(new Mobile("1380000%04d".formatted(i)), "123456");
        }

        assertThat(outbox.size()).isEqualTo(LocalOutboxSmsSender.DEFAULT_CAPACITY).isEqualTo(1_000);
        assertThat(outbox.latestCode(new Mobile("13800000000"))).isEmpty();
        assertThat(outbox.latestCode(new Mobile("13800001004"))).contains("123456");
    }

    @Test
    void a_capacity_below_one_is_refused() {
        assertThatThrownBy(() -> new LocalOutboxSmsSender(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
