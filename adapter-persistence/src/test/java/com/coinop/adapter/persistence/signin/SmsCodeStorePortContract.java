package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.Concurrently;
import com.coinop.application.signin.port.out.SmsCodeCheck;
import com.coinop.application.signin.port.out.SmsCodeStorePort;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
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
    /** The WeChat user who asked for the codes of most tests. */
    protected static final OpenId OWNER = new OpenId("o-code-owner");
    private static final OpenId STRANGER = new OpenId("o-stranger");

    protected abstract SmsCodeStorePort store();

    private Mobile mobile;

    @BeforeEach
    void aMobile() {
        mobile = TestUsers.activeUser().build().mobile();
    }

    @Test
    void the_right_code_matches_once() {
        store().save(mobile, OWNER, "hash-of-123456", FIVE_MINUTES);

        assertThat(store().check(mobile, OWNER, "hash-of-123456", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
        assertThat(store().check(mobile, OWNER, "hash-of-123456", TRIES)).isEqualTo(SmsCodeCheck.NONE);
    }

    @Test
    void a_wrong_code_is_counted_and_the_right_one_still_matches_before_the_last_try() {
        store().save(mobile, OWNER, "right", FIVE_MINUTES);

        for (int wrong = 1; wrong < TRIES; wrong++) {
            assertThat(store().check(mobile, OWNER, "wrong", TRIES)).isEqualTo(SmsCodeCheck.WRONG);
        }
        assertThat(store().check(mobile, OWNER, "right", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
    }

    @Test
    void the_fifth_wrong_try_removes_the_code() {
        store().save(mobile, OWNER, "right", FIVE_MINUTES);

        for (int wrong = 1; wrong < TRIES; wrong++) {
            store().check(mobile, OWNER, "wrong", TRIES);
        }
        assertThat(store().check(mobile, OWNER, "wrong", TRIES)).isEqualTo(SmsCodeCheck.EXHAUSTED);
        assertThat(store().check(mobile, OWNER, "right", TRIES)).isEqualTo(SmsCodeCheck.NONE);
    }

    @Test
    void a_new_code_replaces_the_old_one_and_its_tries() {
        store().save(mobile, OWNER, "first", FIVE_MINUTES);
        for (int wrong = 1; wrong < TRIES; wrong++) {
            store().check(mobile, OWNER, "wrong", TRIES);
        }

        store().save(mobile, OWNER, "second", FIVE_MINUTES);

        assertThat(store().check(mobile, OWNER, "first", TRIES)).isEqualTo(SmsCodeCheck.WRONG);
        assertThat(store().check(mobile, OWNER, "second", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
    }

    @Test
    void a_code_expires() throws InterruptedException {
        store().save(mobile, OWNER, "right", Duration.ofMillis(300));

        Thread.sleep(1_000);

        assertThat(store().check(mobile, OWNER, "right", TRIES)).isEqualTo(SmsCodeCheck.NONE);
    }

    @Test
    void codes_of_different_mobiles_are_apart() {
        Mobile other = TestUsers.activeUser().build().mobile();
        store().save(mobile, OWNER, "mine", FIVE_MINUTES);
        store().save(other, OWNER, "theirs", FIVE_MINUTES);

        assertThat(store().check(mobile, OWNER, "theirs", TRIES)).isEqualTo(SmsCodeCheck.WRONG);
        assertThat(store().check(other, OWNER, "theirs", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
    }

    @Test
    void concurrent_wrong_guesses_are_counted_one_by_one_and_the_code_is_gone_after_the_limit() {
        store().save(mobile, OWNER, "right", FIVE_MINUTES);

        List<Concurrently.Outcome<SmsCodeCheck>> outcomes = Concurrently.run(16,
                i -> () -> store().check(mobile, OWNER, "guess-" + i, TRIES));

        assertThat(outcomes).noneMatch(Concurrently.Outcome::failed);
        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.WRONG).hasSize(TRIES - 1);
        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.EXHAUSTED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.NONE).hasSize(16 - TRIES);
        assertThat(store().check(mobile, OWNER, "right", TRIES)).isEqualTo(SmsCodeCheck.NONE);
    }

    @Test
    void concurrent_right_answers_match_exactly_once() {
        store().save(mobile, OWNER, "right", FIVE_MINUTES);

        List<Concurrently.Outcome<SmsCodeCheck>> outcomes = Concurrently.run(16, () -> store().check(mobile, OWNER, "right", TRIES));

        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.MATCHED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o.value() == SmsCodeCheck.NONE).hasSize(15);
    }

    @Test
    void a_blank_hash_a_non_positive_time_and_no_tries_are_refused() {
        assertThatThrownBy(() -> store().save(mobile, OWNER, " ", FIVE_MINUTES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().save(mobile, OWNER, "h", Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().check(mobile, OWNER, "h", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_code_belongs_to_the_wechat_user_who_asked_for_it_and_nobody_else_can_use_it_or_burn_its_tries() {
        store().save(mobile, OWNER, "right", FIVE_MINUTES);

        for (int i = 0; i < TRIES * 3; i++) {
            assertThat(store().check(mobile, STRANGER, "right", TRIES)).as("a stranger's try %d", i)
                    .isEqualTo(SmsCodeCheck.NONE);
        }

        assertThat(store().check(mobile, OWNER, "right", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
    }

    @Test
    void two_wechat_users_can_wait_for_codes_for_one_mobile_side_by_side() {
        store().save(mobile, OWNER, "owners", FIVE_MINUTES);
        store().save(mobile, STRANGER, "strangers", FIVE_MINUTES);

        assertThat(store().check(mobile, STRANGER, "owners", TRIES)).isEqualTo(SmsCodeCheck.WRONG);
        assertThat(store().check(mobile, OWNER, "owners", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
        assertThat(store().check(mobile, STRANGER, "strangers", TRIES)).isEqualTo(SmsCodeCheck.MATCHED);
    }
}
