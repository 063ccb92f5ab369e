package com.coinop.domain.testing;

import com.coinop.domain.money.Money;
import com.coinop.domain.user.Account;
import com.coinop.domain.user.Mobile;
import com.coinop.domain.user.OpenId;
import com.coinop.domain.user.User;
import com.coinop.domain.user.UserId;
import com.coinop.domain.user.UserState;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicLong;

/** Test users: {@code TestUsers.activeUser().withBalance(Money.ofYuan(50)).build()}. */
public final class TestUsers {

    private static final AtomicLong SEQUENCE = new AtomicLong(10_000_000L + Math.floorMod(System.nanoTime(), 50_000_000L));

    private UserId id = null;
    private OpenId openId;
    private String nickName = "测试用户";
    private String headImgUrl = "https://thirdwx.qlogo.cn/mmopen/test/132";
    private Mobile mobile;
    private Account account = Account.EMPTY;
    private UserState state = UserState.ACTIVE;
    private LocalDateTime ctime = LocalDateTime.of(2026, 1, 2, 3, 4, 5);
    private LocalDateTime utime = ctime;

    private TestUsers() {
        long n = SEQUENCE.incrementAndGet();
        openId = new OpenId("o-test-" + n);
        mobile = new Mobile(String.format("139%08d", n % 100_000_000L));
    }

    /** An active user with an empty account, a unique openid and mobile, and no id yet. */
    public static TestUsers activeUser() {
        return new TestUsers();
    }

    public static TestUsers disabledUser() {
        return new TestUsers().withState(UserState.DISABLED);
    }

    public TestUsers withId(long id) {
        this.id = new UserId(id);
        return this;
    }

    public TestUsers withOpenId(String openId) {
        this.openId = new OpenId(openId);
        return this;
    }

    public TestUsers withNickName(String nickName) {
        this.nickName = nickName;
        return this;
    }

    public TestUsers withHeadImgUrl(String headImgUrl) {
        this.headImgUrl = headImgUrl;
        return this;
    }

    /** A user who never signed in through WeChat: no openid, nickname or avatar. */
    public TestUsers withoutWechat() {
        this.openId = null;
        this.nickName = null;
        this.headImgUrl = null;
        return this;
    }

    public TestUsers withMobile(String mobile) {
        this.mobile = new Mobile(mobile);
        return this;
    }

    /** An account that has been recharged {@code balance} and used nothing. */
    public TestUsers withBalance(Money balance) {
        this.account = new Account(balance, Money.ZERO);
        return this;
    }

    public TestUsers withAccount(Money total, Money used) {
        this.account = new Account(total, used);
        return this;
    }

    public TestUsers withState(UserState state) {
        this.state = state;
        return this;
    }

    public TestUsers at(LocalDateTime time) {
        this.ctime = time;
        this.utime = time;
        return this;
    }

    public User build() {
        return new User(id, openId, nickName, headImgUrl, mobile, account, state, ctime, utime);
    }
}
