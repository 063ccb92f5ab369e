package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.application.signin.port.out.OAuthState;
import com.coinop.application.signin.port.out.OAuthStateStorePort;
import com.coinop.application.signin.port.out.SessionId;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link OAuthStateStorePort} does: a state is found by its value, with its session and page, for its time. */
public abstract class OAuthStateStorePortContract extends PersistenceIntegrationTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    protected abstract OAuthStateStorePort store();

    @Test
    void a_saved_state_is_found_with_its_session_and_page() {
        OAuthState state = OAuthState.start(SessionId.random(), "https://h5.example.com/pay?from=a|b#/home");

        store().save(state, TEN_MINUTES);

        assertThat(store().find(state.value())).contains(state);
    }

    @Test
    void saving_again_moves_the_state_to_another_session() {
        OAuthState state = OAuthState.start(SessionId.random(), "https://h5.example.com/");
        store().save(state, TEN_MINUTES);
        SessionId rotated = SessionId.random();

        store().save(state.movedTo(rotated), TEN_MINUTES);

        assertThat(store().find(state.value())).get().extracting(OAuthState::sessionId).isEqualTo(rotated);
    }

    @Test
    void a_state_can_be_found_again_within_its_time() {
        OAuthState state = OAuthState.start(SessionId.random(), "https://h5.example.com/");
        store().save(state, TEN_MINUTES);

        assertThat(store().find(state.value())).contains(state);
        assertThat(store().find(state.value())).contains(state);
    }

    @Test
    void a_state_is_forgotten_after_its_time() throws InterruptedException {
        OAuthState state = OAuthState.start(SessionId.random(), "https://h5.example.com/");
        store().save(state, Duration.ofMillis(300));

        Thread.sleep(1_000);

        assertThat(store().find(state.value())).isEmpty();
    }

    @Test
    void an_update_moves_the_state_to_another_session_and_keeps_its_expiry() throws InterruptedException {
        OAuthState state = OAuthState.start(SessionId.random(), "https://h5.example.com/");
        store().save(state, Duration.ofMillis(600));
        SessionId rotated = SessionId.random();

        store().update(state.movedTo(rotated));

        assertThat(store().find(state.value())).contains(state.movedTo(rotated));
        Thread.sleep(1_200);
        assertThat(store().find(state.value())).as("an update does not make the round trip live longer").isEmpty();
    }

    @Test
    void an_update_of_an_expired_or_unknown_state_brings_nothing_back() {
        OAuthState unknown = OAuthState.start(SessionId.random(), "https://h5.example.com/");

        store().update(unknown);

        assertThat(store().find(unknown.value())).isEmpty();
    }

    @Test
    void unknown_and_malformed_states_are_empty() {
        assertThat(store().find(OAuthState.start(SessionId.random(), "https://h5.example.com/").value())).isEmpty();
        assertThat(store().find(null)).isEmpty();
        assertThat(store().find("")).isEmpty();
        assertThat(store().find("*")).isEmpty();
        assertThat(store().find("0123456789abcdef0123456789abcdef:x")).isEmpty();
    }

    @Test
    void a_time_that_is_not_positive_is_refused() {
        OAuthState state = OAuthState.start(SessionId.random(), "https://h5.example.com/");

        assertThatThrownBy(() -> store().save(state, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
