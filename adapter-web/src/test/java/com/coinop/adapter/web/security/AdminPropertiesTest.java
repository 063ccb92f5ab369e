package com.coinop.adapter.web.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdminPropertiesTest {

    private static final String TOKEN = "Abc123-._~+/" + "x".repeat(20) + "==";

    @Test
    void the_token_is_accepted_exactly_and_nothing_else() {
        AdminProperties admin = new AdminProperties(TOKEN);

        assertThat(admin.enabled()).isTrue();
        assertThat(admin.accepts(TOKEN)).isTrue();
        assertThat(admin.accepts(TOKEN + "=")).isFalse();
        assertThat(admin.accepts(TOKEN.toLowerCase())).isFalse();
        assertThat(admin.accepts(TOKEN.substring(0, TOKEN.length() - 1))).isFalse();
        assertThat(admin.accepts("")).isFalse();
        assertThat(admin.accepts(null)).isFalse();
    }

    @Test
    void without_a_token_the_admin_api_is_off_and_accepts_nothing() {
        for (String off : new String[] {null, "", "   "}) {
            AdminProperties admin = new AdminProperties(off);
            assertThat(admin.enabled()).isFalse();
            assertThat(admin.accepts("")).isFalse();
            assertThat(admin.accepts(null)).isFalse();
        }
    }

    @Test
    void the_token_never_shows_in_the_properties_text() {
        assertThat(new AdminProperties(TOKEN).toString()).doesNotContain(TOKEN).contains("(set)");
    }
}
