package com.coinop.application.account.service;

import com.coinop.application.account.port.in.GetUserProfileUseCase;
import com.coinop.application.account.port.out.LoadUserProfilePort;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;

/** Reads the signed-in user's profile and account, for showing (it may come from memory). */
public class GetUserProfileService implements GetUserProfileUseCase {

    private final LoadUserProfilePort profiles;

    public GetUserProfileService(LoadUserProfilePort profiles) {
        this.profiles = profiles;
    }

    @Override
    public User getUserProfile(UserId userId) {
        return profiles.findProfile(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }
}
