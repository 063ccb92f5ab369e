package com.coinop.adapter.persistence.device;

import java.time.LocalDateTime;

/** A row of {@code devices}; {@code secret} and {@code lastHeartbeatTime} are read only by the statements that need them. */
class DeviceDO {

    private Long id;
    private String province;
    private String city;
    private String area;
    private String location;
    private Long pricePerMinute;
    private Boolean enabled;
    private String secret;
    private LocalDateTime lastHeartbeatTime;
    private LocalDateTime ctime;
    private LocalDateTime utime;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Long getPricePerMinute() {
        return pricePerMinute;
    }

    public void setPricePerMinute(Long pricePerMinute) {
        this.pricePerMinute = pricePerMinute;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public LocalDateTime getLastHeartbeatTime() {
        return lastHeartbeatTime;
    }

    public void setLastHeartbeatTime(LocalDateTime lastHeartbeatTime) {
        this.lastHeartbeatTime = lastHeartbeatTime;
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
