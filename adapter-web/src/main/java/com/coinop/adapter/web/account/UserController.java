package com.coinop.adapter.web.account;

import com.coinop.adapter.web.session.SignedInUser;
import com.coinop.adapter.web.shared.Envelope;
import com.coinop.application.account.port.in.GetUserProfileUseCase;
import com.coinop.domain.user.UserId;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /wechat/user}: the signed-in user's profile and balance. */
@RestController
public class UserController {

    private final GetUserProfileUseCase getUserProfile;

    public UserController(GetUserProfileUseCase getUserProfile) {
        this.getUserProfile = getUserProfile;
    }

    @GetMapping("/wechat/user")
    public Envelope<UserResponse> user(@SignedInUser UserId userId) {
        return Envelope.ok(UserResponse.from(getUserProfile.getUserProfile(userId)));
    }
}
