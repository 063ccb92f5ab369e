package com.coinop.domain.user;

import java.util.Locale;

/**
 * The nickname and avatar WeChat shows for a user, either possibly absent. WeChat's values are taken
 * as they come but made to fit what coinop keeps: a nickname is cut to {@link #MAX_NICK_NAME_LENGTH}
 * characters, an avatar that is not a short http(s) URL is left out, so an odd profile never stops a
 * sign-in.
 */
public record WechatProfile(String nickName, String headImgUrl) {

    /** Characters (code points, as MySQL's utf8mb4 VARCHAR counts them) of a nickname. */
    public static final int MAX_NICK_NAME_LENGTH = 100;
    /** Characters of an avatar URL. */
    public static final int MAX_HEAD_IMG_URL_LENGTH = 512;

    public static final WechatProfile NONE = new WechatProfile(null, null);

    public WechatProfile {
        nickName = fitNickName(nickName);
        headImgUrl = fitHeadImgUrl(headImgUrl);
    }

    /**
     * This profile brought up to date with what WeChat said now: a value WeChat gave replaces the one
     * kept, a value it did not give (scope snsapi_base says neither) leaves the kept one.
     */
    public WechatProfile updatedWith(WechatProfile newer) {
        if (newer == null) {
            return this;
        }
        return new WechatProfile(newer.nickName != null ? newer.nickName : nickName,
                newer.headImgUrl != null ? newer.headImgUrl : headImgUrl);
    }

    /** Whether {@code nickName} is absent or one this record would keep unchanged. */
    public static boolean isValidNickName(String nickName) {
        return nickName == null || nickName.equals(fitNickName(nickName));
    }

    /** Whether {@code headImgUrl} is absent or one this record would keep unchanged. */
    public static boolean isValidHeadImgUrl(String headImgUrl) {
        return headImgUrl == null || headImgUrl.equals(fitHeadImgUrl(headImgUrl));
    }

    private static String fitNickName(String nickName) {
        if (nickName == null || nickName.isBlank()) {
            return null;
        }
        String stripped = nickName.strip();
        if (stripped.codePointCount(0, stripped.length()) <= MAX_NICK_NAME_LENGTH) {
            return stripped;
        }
        return stripped.substring(0, stripped.offsetByCodePoints(0, MAX_NICK_NAME_LENGTH)).strip();
    }

    private static String fitHeadImgUrl(String headImgUrl) {
        if (headImgUrl == null || headImgUrl.isBlank()) {
            return null;
        }
        String stripped = headImgUrl.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        boolean web = lower.startsWith("https://") || lower.startsWith("http://");
        boolean plain = stripped.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        return web && plain && stripped.length() <= MAX_HEAD_IMG_URL_LENGTH ? stripped : null;
    }
}
