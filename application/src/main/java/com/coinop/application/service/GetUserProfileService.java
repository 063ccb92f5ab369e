package com.coinop.application.service;

import com.coinop.application.port.in.GetUserProfileUseCase;
import com.coinop.application.port.out.LoadUserPort;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserNotFoundException;

/** Reads the signed-in user's profile and account. */
public class GetUserProfileService implements GetUserProfileUseCase {

    private final LoadUserPort loadUserPort;

    public GetUserProfileService(LoadUserPort loadUserPort) {
        this.loadUserPort = loadUserPort;
    }

    @Override
    public User getUserProfile(UserId userId) {
        return loadUserPort.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }
}
