package com.coinop.domain.user;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WechatProfileTest {

    @Test
    void a_nickname_is_kept_as_wechat_gives_it_apart_from_surrounding_blanks() {
        assertThat(new WechatProfile("  小明 🎮 ", null).nickName()).isEqualTo("小明 🎮");
    }

    @Test
    void a_blank_nickname_or_avatar_is_absent() {
        assertThat(new WechatProfile(" \t", "")).isEqualTo(WechatProfile.NONE);
    }

    @Test
    void a_long_nickname_is_cut_by_characters_never_inside_an_emoji() {
        String name = "a".repeat(WechatProfile.MAX_NICK_NAME_LENGTH - 1) + "😀😀";

        String kept = new WechatProfile(name, null).nickName();

        assertThat(kept.codePointCount(0, kept.length())).isEqualTo(WechatProfile.MAX_NICK_NAME_LENGTH);
        assertThat(kept).endsWith("a😀");
    }

    @Test
    void a_nickname_of_exactly_the_limit_is_kept_whole() {
        String name = "😀".repeat(WechatProfile.MAX_NICK_NAME_LENGTH);

        assertThat(new WechatProfile(name, null).nickName()).isEqualTo(name);
        assertThat(WechatProfile.isValidNickName(name)).isTrue();
        assertThat(WechatProfile.isValidNickName(name + "😀")).isFalse();
    }

    @Test
    void an_avatar_is_kept_only_when_it_is_a_short_http_address() {
        assertThat(new WechatProfile(null, "https://thirdwx.qlogo.cn/mmopen/x/132").headImgUrl())
                .isEqualTo("https://thirdwx.qlogo.cn/mmopen/x/132");
        assertThat(new WechatProfile(null, "http://127.0.0.1:1234/sandbox/avatar/o").headImgUrl()).isNotNull();
        assertThat(new WechatProfile(null, "javascript:alert(1)").headImgUrl()).isNull();
        assertThat(new WechatProfile(null, "https://x/a b").headImgUrl()).isNull();
        assertThat(new WechatProfile(null, "https://x/头像").headImgUrl()).isNull();
        assertThat(new WechatProfile(null, "https://x/" + "a".repeat(WechatProfile.MAX_HEAD_IMG_URL_LENGTH))
                .headImgUrl()).isNull();
    }

    @Test
    void an_update_replaces_what_wechat_gave_and_keeps_what_it_did_not() {
        WechatProfile kept = new WechatProfile("小明", "https://thirdwx.qlogo.cn/old/132");

        assertThat(kept.updatedWith(new WechatProfile("小明明", null)))
                .isEqualTo(new WechatProfile("小明明", "https://thirdwx.qlogo.cn/old/132"));
        assertThat(kept.updatedWith(WechatProfile.NONE)).isEqualTo(kept);
        assertThat(WechatProfile.NONE.updatedWith(kept)).isEqualTo(kept);
    }
}
