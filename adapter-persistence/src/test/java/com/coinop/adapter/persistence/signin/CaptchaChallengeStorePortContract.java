package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.application.signin.port.out.CaptchaChallengeStorePort;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link CaptchaChallengeStorePort} does: each remembered challenge is taken once, within its time. */
public abstract class CaptchaChallengeStorePortContract extends PersistenceIntegrationTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    protected abstract CaptchaChallengeStorePort store();

    private static String challenge() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    @Test
    void a_challenge_registered_while_the_server_was_up_is_taken_as_up() {
        String challenge = challenge();
        store().remember(challenge, true, FIVE_MINUTES);

        assertThat(store().take(challenge)).contains(true);
    }

    @Test
    void a_failback_challenge_is_taken_as_failback() {
        String challenge = challenge();
        store().remember(challenge, false, FIVE_MINUTES);

        assertThat(store().take(challenge)).contains(false);
    }

    @Test
    void a_challenge_is_taken_only_once() {
        String challenge = challenge();
        store().remember(challenge, true, FIVE_MINUTES);

        assertThat(store().take(challenge)).isPresent();
        assertThat(store().take(challenge)).isEmpty();
    }

    @Test
    void of_many_concurrent_takes_exactly_one_gets_the_challenge() {
        for (int round = 0; round < 5; round++) {
            String challenge = challenge();
            store().remember(challenge, true, FIVE_MINUTES);

            List<Concurrently.Outcome<Optional<Boolean>>> outcomes = Concurrently.run(16, () -> store().take(challenge));

            assertThat(outcomes).noneMatch(Concurrently.Outcome::failed);
            assertThat(outcomes).filteredOn(outcome -> outcome.value().isPresent()).hasSize(1);
        }
    }

    @Test
    void an_unknown_challenge_is_empty() {
        assertThat(store().take(challenge())).isEmpty();
    }

    @Test
    void a_challenge_is_forgotten_after_its_time() throws InterruptedException {
        String challenge = challenge();
        store().remember(challenge, true, Duration.ofMillis(300));

        Thread.sleep(1_000);

        assertThat(store().take(challenge)).isEmpty();
    }

    @Test
    void what_cannot_be_a_challenge_is_empty_and_never_a_key() {
        assertThat(store().take(null)).isEmpty();
        assertThat(store().take("")).isEmpty();
        assertThat(store().take("*")).isEmpty();
        assertThat(store().take("abc:def")).isEmpty();
        assertThat(store().take("a".repeat(65))).isEmpty();
        assertThatThrownBy(() -> store().remember("x y", true, FIVE_MINUTES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().remember(challenge(), true, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
