package com.coinop.application.signin.port.out;

import com.coinop.application.shared.port.out.DependencyUnavailableException;
import com.coinop.domain.user.Mobile;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What every {@link SmsSenderPort} does, whoever the provider: the code reaches exactly the mobile it
 * was sent to, as sent, and a provider that refuses or cannot be reached is a
 * {@link DependencyUnavailableException} that gives away neither the code nor the mobile. An SMS
 * adapter's test extends this and says how to read what its provider's far end received (see
 * docs/adding-an-sms-provider.md).
 */
public abstract class SmsSenderPortContract {

    protected static final Mobile MOBILE = new Mobile("13800138000");
    protected static final Mobile OTHER_MOBILE = new Mobile("13912345678");

    /** The sender under test, talking to its far end. */
    protected abstract SmsSenderPort sender();

    /** The last code the far end received for {@code mobile}; empty when none. */
    protected abstract Optional<String> lastCodeReceivedBy(Mobile mobile);

    /**
     * Makes the far end refuse the next send for a reason of its own (quota, signature, template), as the
     * provider answers it.
     *
     * @return false when the provider has no such answer (the test is then skipped)
     */
    protected abstract boolean refuseTheNextSend();

    /**
     * Makes the far end unreachable (stopped, or never answering within the sender's timeout).
     *
     * @return false when the sender has no far end (the test is then skipped)
     */
    protected abstract boolean makeTheProviderUnreachable();

    @Test
    void a_code_reaches_the_mobile_it_was_sent_to_as_sent() {
        sender().sendCode(MOBILE, "482916");

        assertThat(lastCodeReceivedBy(MOBILE)).contains("482916");
    }

    @Test
    void a_code_reaches_no_other_mobile() {
        sender().sendCode(MOBILE, "482916");

        assertThat(lastCodeReceivedBy(OTHER_MOBILE)).isEmpty();
    }

    @Test
    void leading_zeros_of_a_code_arrive() {
        sender().sendCode(MOBILE, "000123");

        assertThat(lastCodeReceivedBy(MOBILE)).contains("000123");
    }

    @Test
    void each_send_delivers_its_own_code_and_the_last_one_counts() {
        sender().sendCode(MOBILE, "111111");
        sender().sendCode(OTHER_MOBILE, "222222");
        sender().sendCode(MOBILE, "333333");

        assertThat(lastCodeReceivedBy(MOBILE)).contains("333333");
        assertThat(lastCodeReceivedBy(OTHER_MOBILE)).contains("222222");
    }

    @Test
    void a_refusal_by_the_provider_is_a_dependency_failure_without_code_or_mobile() {
        assumeTrue(refuseTheNextSend(), "this provider has no refusal to give");

        DependencyUnavailableException failure = catchThrowableOfType(DependencyUnavailableException.class,
                () -> sender().sendCode(MOBILE, "482916"));

        assertThat(failure).as("a refusal is a dependency failure").isNotNull();
        assertNeitherCodeNorMobileIn(failure);
    }

    @Test
    void an_unreachable_provider_is_a_dependency_failure_without_code_or_mobile() {
        assumeTrue(makeTheProviderUnreachable(), "this sender has no far end to lose");

        DependencyUnavailableException failure = catchThrowableOfType(DependencyUnavailableException.class,
                () -> sender().sendCode(MOBILE, "482916"));

        assertThat(failure).as("an unreachable provider is a dependency failure").isNotNull();
        assertNeitherCodeNorMobileIn(failure);
    }

    private static void assertNeitherCodeNorMobileIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).as("message of %s", t.getClass().getName())
                    .doesNotContain("482916").doesNotContain(MOBILE.value());
        }
    }
}
