package com.coinop.adapter.persistence.usage;

import java.time.LocalDateTime;

/** A row of {@code usage_sessions} (without the generated active_* columns, which only the unique keys use). */
class UsageSessionDO {

    private Long id;
    private Long userId;
    private Long deviceId;
    private String province;
    private String city;
    private String area;
    private String location;
    private Long pricePerMinute;
    private String state;
    private LocalDateTime startTime;
    private LocalDateTime endTime;
    private Long costSeconds;
    private Long cost;
    private Long unpaid;
    private String endReason;
    private LocalDateTime utime;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public Long getDeviceId() {
        return deviceId;
    }

    public void setDeviceId(Long deviceId) {
        this.deviceId = deviceId;
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

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public LocalDateTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalDateTime startTime) {
        this.startTime = startTime;
    }

    public LocalDateTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalDateTime endTime) {
        this.endTime = endTime;
    }

    public Long getCostSeconds() {
        return costSeconds;
    }

    public void setCostSeconds(Long costSeconds) {
        this.costSeconds = costSeconds;
    }

    public Long getCost() {
        return cost;
    }

    public void setCost(Long cost) {
        this.cost = cost;
    }

    public LocalDateTime getUtime() {
        return utime;
    }

    public void setUtime(LocalDateTime utime) {
        this.utime = utime;
    }

    public Long getUnpaid() {
        return unpaid;
    }

    public void setUnpaid(Long unpaid) {
        this.unpaid = unpaid;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}
