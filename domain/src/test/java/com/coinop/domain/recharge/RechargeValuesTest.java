package com.coinop.domain.recharge;

import com.coinop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RechargeValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc123", "R20260102000001", "a_b-c|d*e", "01234567890123456789012345678901"})
    void an_out_trade_no_in_wechat_pay_format_is_accepted(String value) {
        assertThat(new OutTradeNo(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"abc12", "012345678901234567890123456789012", "R2026 0102", "R2026.0102", "充值单号123456",
            "R20260102000001\n", "R2026/0102"})
    void an_out_trade_no_outside_wechat_pay_format_is_refused(String value) {
        assertThatThrownBy(() -> new OutTradeNo(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_OUT_TRADE_NO"));
    }

    @Test
    void a_transaction_id_up_to_32_characters_is_accepted() {
        assertThat(new TransactionId("4200001234202601020000000001").value()).hasSize(28);
        assertThat(new TransactionId("4".repeat(32)).value()).hasSize(32);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "444444444444444444444444444444444"})
    void a_blank_or_too_long_transaction_id_is_refused(String value) {
        assertThatThrownBy(() -> new TransactionId(value))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TRANSACTION_ID"));
    }
}
