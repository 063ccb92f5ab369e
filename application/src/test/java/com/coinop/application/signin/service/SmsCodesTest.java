package com.coinop.application.signin.service;

import com.coinop.domain.user.Mobile;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class SmsCodesTest {

    private static final Mobile MOBILE = new Mobile("13800138000");
    private final SmsCodes codes = new SmsCodes(SignInFixtures.SECRET);

    @Test
    void codes_are_six_digits_with_leading_zeros_kept_and_vary() {
        Set<String> seen = new HashSet<>();
        IntStream.range(0, 2_000).forEach(i -> seen.add(codes.newCode()));

        assertThat(seen).allSatisfy(code -> assertThat(code).matches("[0-9]{6}"));
        assertThat(seen).hasSizeGreaterThan(1_900);
        assertThat(seen).anySatisfy(code -> assertThat(code).startsWith("0"));
    }

    @Test
    void the_hash_is_an_hmac_sha256_that_depends_on_mobile_code_and_secret() {
        String hash = codes.hash(MOBILE, "123456");

        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(codes.hash(MOBILE, "123456"));
        assertThat(hash).isNotEqualTo(codes.hash(MOBILE, "123457"));
        assertThat(hash).isNotEqualTo(codes.hash(new Mobile("13800138001"), "123456"));
        assertThat(hash).isNotEqualTo(new SmsCodes("another-secret-of-enough-length").hash(MOBILE, "123456"));
    }

    @Test
    void the_hash_is_the_known_hmac_of_mobile_colon_code() {
        // echo -n "13800138000:123456" | openssl dgst -sha256 -hmac "0123456789abcdef-test-secret"
        assertThat(codes.hash(MOBILE, "123456")).isEqualTo(HMAC_OF_EXAMPLE);
    }

    private static final String HMAC_OF_EXAMPLE = "a0a45c37b908fb22be4a93a19fe36998ba158740869f9379bdfbd70566c306d4";
}
