package com.coinop.domain.user;

import com.coinop.domain.shared.InvalidValueException;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A person using the H5 page: the WeChat profile, the bound mobile, the prepaid account and
 * whether the user is active. {@code id} is null only before the user is first stored.
 */
public record User(UserId id, OpenId openId, String nickName, String headImgUrl, Mobile mobile,
                   Account account, UserState state, LocalDateTime ctime, LocalDateTime utime) {

    public User {
        InvalidValueException.require(account != null && state != null && ctime != null && utime != null,
                "INVALID_USER", "用户数据不完整");
        InvalidValueException.require(WechatProfile.isValidNickName(nickName), "INVALID_NICK_NAME",
                "昵称最多 " + WechatProfile.MAX_NICK_NAME_LENGTH + " 个字符, 且首尾不能是空白");
        InvalidValueException.require(WechatProfile.isValidHeadImgUrl(headImgUrl), "INVALID_HEAD_IMG_URL",
                "头像须是不超过 " + WechatProfile.MAX_HEAD_IMG_URL_LENGTH + " 个字符的 http(s) 地址");
    }

    /** A user signing in for the first time: active, empty account, WeChat's profile as far as it is known. */
    public static User register(OpenId openId, WechatProfile profile, Mobile mobile, LocalDateTime now) {
        WechatProfile known = profile == null ? WechatProfile.NONE : profile;
        return new User(null, openId, known.nickName(), known.headImgUrl(), mobile, Account.EMPTY, UserState.ACTIVE,
                now, now);
    }

    /** The nickname and avatar stored for this user. */
    public WechatProfile wechatProfile() {
        return new WechatProfile(nickName, headImgUrl);
    }

    /**
     * The profile to store once WeChat said {@code newer} ({@link WechatProfile#updatedWith}), or empty
     * when it changes nothing.
     */
    public Optional<WechatProfile> wechatProfileChangedBy(WechatProfile newer) {
        WechatProfile kept = wechatProfile();
        WechatProfile updated = kept.updatedWith(newer);
        return updated.equals(kept) ? Optional.empty() : Optional.of(updated);
    }

    /** A user rebuilt from storage. */
    public static User withId(UserId id, OpenId openId, String nickName, String headImgUrl, Mobile mobile,
                              Account account, UserState state, LocalDateTime ctime, LocalDateTime utime) {
        InvalidValueException.require(id != null, "INVALID_USER", "用户编号缺失");
        return new User(id, openId, nickName, headImgUrl, mobile, account, state, ctime, utime);
    }

    public boolean isActive() {
        return state == UserState.ACTIVE;
    }

    /** Refuses a disabled user: the guard of sign-in, recharge and starting a session. */
    public User requireActive() {
        if (!isActive()) {
            throw new UserDisabledException(id);
        }
        return this;
    }
}
