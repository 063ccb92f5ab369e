package com.coinop.application.account.service;

import com.coinop.application.account.port.out.LoadUserProfilePort;
import com.coinop.domain.money.Money;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class GetUserProfileServiceTest {

    private final LoadUserProfilePort profiles = mock(LoadUserProfilePort.class);
    private final GetUserProfileService service = new GetUserProfileService(profiles);

    @Test
    void the_profile_is_the_stored_user() {
        User user = TestUsers.activeUser().withId(7).withAccount(Money.ofFen(5000), Money.ofFen(1250)).build();
        when(profiles.findProfile(new UserId(7))).thenReturn(Optional.of(user));

        User profile = service.getUserProfile(new UserId(7));

        assertThat(profile).isSameAs(user);
    }

    @Test
    void a_user_that_no_longer_exists_is_not_found() {
        when(profiles.findProfile(new UserId(7))).thenReturn(Optional.empty());

        assertThatThrownBy(() -> service.getUserProfile(new UserId(7)))
                .isInstanceOfSatisfying(UserNotFoundException.class, e -> {
                    assertThat(e.code()).isEqualTo("USER_NOT_FOUND");
                    assertThat(e.getMessage()).contains("7");
                });
    }
}
