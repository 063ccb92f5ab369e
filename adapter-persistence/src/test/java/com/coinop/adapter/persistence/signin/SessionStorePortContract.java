package com.coinop.adapter.persistence.signin;

import com.coinop.adapter.persistence.PersistenceIntegrationTest;
import com.coinop.adapter.persistence.testing.TestClock;
import com.coinop.application.signin.port.out.Session;
import com.coinop.application.signin.port.out.SessionId;
import com.coinop.application.signin.port.out.SessionStorePort;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.WechatProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link SessionStorePort} does. Idle expiry is real time (a store with a 1 s idle limit);
 * the absolute limit follows the store's clock, which the test moves.
 */
public abstract class SessionStorePortContract extends PersistenceIntegrationTest {

    protected static final Duration IDLE = Duration.ofMillis(1_000);
    protected static final Duration ABSOLUTE = Duration.ofHours(12);

    /** A store with these limits, reading time from {@code clock}. */
    protected abstract SessionStorePort store(Duration idleTimeout, Duration absoluteTimeout, TestClock clock);

    protected TestClock clock;
    private SessionStorePort store;

    @BeforeEach
    void aStore() {
        clock = TestClock.atDefaultStart();
        store = store(Duration.ofMinutes(5), ABSOLUTE, clock);
    }

    @Test
    void a_created_session_is_found_with_its_openid_and_user() {
        OpenId openId = new OpenId("o|6_Ab-😀 中文 |x");
        Session created = store.create(openId, new UserId(42));

        assertThat(store.find(created.id())).contains(new Session(created.id(), openId, new UserId(42)));
    }

    @Test
    void a_session_without_openid_and_user_round_trips() {
        Session created = store.create(null, null);

        assertThat(store.find(created.id())).contains(new Session(created.id(), null, null));
    }

    @Test
    void every_session_gets_a_new_id() {
        assertThat(store.create(null, null).id()).isNotEqualTo(store.create(null, null).id());
    }

    @Test
    void an_unknown_id_is_not_found() {
        assertThat(store.find(SessionId.random())).isEmpty();
    }

    @Test
    void a_session_idle_longer_than_the_idle_timeout_is_gone() throws InterruptedException {
        SessionStorePort quick = store(IDLE, ABSOLUTE, clock);
        Session created = quick.create(new OpenId("o-idle"), null);

        Thread.sleep(IDLE.toMillis() + 500);

        assertThat(quick.find(created.id())).isEmpty();
    }

    @Test
    void each_read_restarts_the_idle_time() throws InterruptedException {
        SessionStorePort quick = store(IDLE, ABSOLUTE, clock);
        Session created = quick.create(new OpenId("o-busy"), null);

        // three reads half the idle time apart outlive the idle time only if each one restarts it
        for (int i = 0; i < 3; i++) {
            Thread.sleep(IDLE.toMillis() / 2);
            assertThat(quick.find(created.id())).as("read %d, %d ms after the previous one", i, IDLE.toMillis() / 2)
                    .isPresent();
        }
    }

    @Test
    void a_session_reaching_the_absolute_limit_is_gone_however_active() {
        Session created = store.create(new OpenId("o-old"), new UserId(7));
        clock.advance(ABSOLUTE.minusSeconds(1));
        assertThat(store.find(created.id())).isPresent();

        clock.advance(Duration.ofSeconds(1));

        assertThat(store.find(created.id())).isEmpty();
        clock.set(clock.instant().minus(ABSOLUTE));
        assertThat(store.find(created.id())).as("deleted, not just hidden").isEmpty();
    }

    @Test
    void rotate_moves_the_session_to_a_new_id_with_the_new_data_and_ends_the_old_id() {
        Session anonymous = store.create(new OpenId("o-rotate"), null);

        Session signedIn = store.rotate(new Session(anonymous.id(), anonymous.openId(), new UserId(99)));

        assertThat(signedIn.id()).isNotEqualTo(anonymous.id());
        assertThat(store.find(signedIn.id())).contains(new Session(signedIn.id(), new OpenId("o-rotate"), new UserId(99)));
        assertThat(store.find(anonymous.id())).isEmpty();
    }

    @Test
    void rotate_keeps_the_wechat_profile_whatever_characters_it_holds() {
        Session anonymous = store.create(null, null);
        WechatProfile profile = new WechatProfile("王小二 🐼 |\"阿二\"% +", "https://thirdwx.qlogo.cn/mmopen/a|b%20c/132");

        Session withOpenId = store.rotate(new Session(anonymous.id(), new OpenId("o-profile"), null, profile));

        assertThat(store.find(withOpenId.id())).contains(new Session(withOpenId.id(), new OpenId("o-profile"), null, profile));
    }

    @Test
    void rotate_keeps_counting_the_absolute_limit_from_the_first_creation() {
        Session first = store.create(new OpenId("o-rotate-old"), null);
        clock.advance(ABSOLUTE.minusHours(1));

        Session rotated = store.rotate(new Session(first.id(), first.openId(), new UserId(5)));
        assertThat(store.find(rotated.id())).isPresent();
        clock.advance(Duration.ofHours(1));

        assertThat(store.find(rotated.id())).isEmpty();
    }

    @Test
    void rotating_a_session_that_is_already_gone_starts_a_new_one() {
        SessionId gone = SessionId.random();

        Session rotated = store.rotate(new Session(gone, new OpenId("o-late"), new UserId(3)));

        assertThat(rotated.id()).isNotEqualTo(gone);
        assertThat(store.find(rotated.id())).contains(new Session(rotated.id(), new OpenId("o-late"), new UserId(3)));
    }

    @Test
    void delete_ends_the_session_at_once() {
        Session created = store.create(new OpenId("o-bye"), new UserId(1));

        store.delete(created.id());
        store.delete(SessionId.random());

        assertThat(store.find(created.id())).isEmpty();
    }
}
