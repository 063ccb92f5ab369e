package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.application.signin.port.out.SmsCodeCheck;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.Mobile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link SmsCodeStorePort} does: one code per mobile, used once, tried a limited number of times. */
public abstract class SmsCodeStorePortContract extends PersistenceIntegrationTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final int TRIES = 5;

    protected abstract SmsCodeStorePort store();

    private Mobile mobile;

    @BeforeEach
    void aMobile() {
        mobile = TestUsers.activeUser().build().mobile();
    }

    @Test
    void the_right_code_matches_once() {
        store().save(mobile, "hash-of-123456", FIVE_MINUTES);

        assertThat(store().check(mobile, "hash-of-123456", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
        assertThat(store().check(mobile, "hash-of-123456", TRIES)).isEqualTo(SmsCodeCheck.NONE);
    }

    @Test
    void a_wrong_code_is_counted_and_the_right_one_still_matches_before_the_last_try() {
        store().save(mobile, "right", FIVE_MINUTES);

        for (int wrong = 1; wrong < TRIES; wrong++) {
            assertThat(store().check(mobile, "wrong", TRIES)).isEqualTo(SmsCodeCheck.WRONG);
        }
        assertThat(store().check(mobile, "right", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
    }

    @Test
    void the_fifth_wrong_try_removes_the_code() {
        store().save(mobile, "right", FIVE_MINUTES);

        for (int wrong = 1; wrong < TRIES; wrong++) {
            store().check(mobile, "wrong", TRIES);
        }
        assertThat(store().check(mobile, "wrong", TRIES)).isEqualTo(SmsCodeCheck.EXHAUSTED);
        assertThat(store().check(mobile, "right", TRIES)).isEqualTo(SmsCodeCheck.NONE);
    }

    @Test
    void a_new_code_replaces_the_old_one_and_its_tries() {
        store().save(mobile, "first", FIVE_MINUTES);
        for (int wrong = 1; wrong < TRIES; wrong++) {
            store().check(mobile, "wrong", TRIES);
        }

        store().save(mobile, "second", FIVE_MINUTES);

        assertThat(store().check(mobile, "first", TRIES)).isEqualTo(SmsCodeCheck.WRONG);
        assertThat(store().check(mobile, "second", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
    }

    @Test
    void a_code_expires() throws InterruptedException {
        store().save(mobile, "right", Duration.ofMillis(300));

        Thread.sleep(1_000);

        assertThat(store().check(mobile, "right", TRIES)).isEqualTo(SmsCodeCheck.NONE);
    }

    @Test
    void codes_of_different_mobiles_are_apart() {
        Mobile other = TestUsers.activeUser().build().mobile();
        store().save(mobile, "mine", FIVE_MINUTES);
        store().save(other, "theirs", FIVE_MINUTES);

        assertThat(store().check(mobile, "theirs", TRIES)).isEqualTo(SmsCodeCheck.WRONG);
        assertThat(store().check(other, "theirs", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
    }

    @Test
    void concurrent_wrong_guesses_are_counted_one_by_one_and_the_code_is_gone_after_the_limit() {
        store().save(mobile, "right", FIVE_MINUTES);

        List<Concurrently.Outcome<SmsCodeCheck>> outcomes = Concurrently.run(16,
                i -> () -> store().check(mobile, "guess-" + i, TRIES));

        assertThat(outcomes).noneMatch(Concurrently.Outcome::failed);
        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.WRONG).hasSize(TRIES - 1);
        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.EXHAUSTED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.NONE).hasSize(16 - TRIES);
        assertThat(store().check(mobile, "right", TRIES)).isEqualTo(SmsCodeCheck.NONE);
    }

    @Test
    void concurrent_right_answers_match_exactly_once() {
        store().save(mobile, "right", FIVE_MINUTES);

        List<Concurrently.Outcome<SmsCodeCheck>> outcomes = Concurrently.run(16, () -> store().check(mobile, "right", TRIES));

        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.MATCHED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.NONE).hasSize(15);
    }

    @Test
    void a_blank_hash_a_non_positive_time_and_no_tries_are_refused() {
        assertThatThrownBy(() -> store().save(mobile, " ", FIVE_MINUTES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().save(mobile, "h", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().check(mobile, "h", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
