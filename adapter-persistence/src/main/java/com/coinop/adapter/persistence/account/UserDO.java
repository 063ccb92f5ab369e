package com.coinop.adapter.persistence.account;

import java.time.LocalDateTime;

/** A row of {@code users}. */
class UserDO {

    private Long id;
    private String openid;
    private String nickName;
    private String headImgUrl;
    private String mobile;
    private Long totalAccount;
    private Long usedAccount;
    private Long balanceAccount;
    private Integer state;
    private LocalDateTime ctime;
    private LocalDateTime utime;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getOpenid() {
        return openid;
    }

    public void setOpenid(String openid) {
        this.openid = openid;
    }

    public String getNickName() {
        return nickName;
    }

    public void setNickName(String nickName) {
        this.nickName = nickName;
    }

    public String getHeadImgUrl() {
        return headImgUrl;
    }

    public void setHeadImgUrl(String headImgUrl) {
        this.headImgUrl = headImgUrl;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public Long getTotalAccount() {
        return totalAccount;
    }

    public void setTotalAccount(Long totalAccount) {
        this.totalAccount = totalAccount;
    }

    public Long getUsedAccount() {
        return usedAccount;
    }

    public void setUsedAccount(Long usedAccount) {
        this.usedAccount = usedAccount;
    }

    public Long getBalanceAccount() {
        return balanceAccount;
    }

    public void setBalanceAccount(Long balanceAccount) {
        this.balanceAccount = balanceAccount;
    }

    public Integer getState() {
        return state;
    }

    public void setState(Integer state) {
        this.state = state;
    }

    public LocalDateTime getCtime() {
        return ctime;
    }

    public void setCtime(LocalDateTime ctime) {
        this.ctime = ctime;
    }

    public LocalDateTime getUtime() {
        return utime;
    }

    public void setUtime(LocalDateTime utime) {
        this.utime = utime;
    }
}
