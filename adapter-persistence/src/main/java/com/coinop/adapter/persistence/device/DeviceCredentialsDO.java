package com.coinop.adapter.persistence.device;

/** A machine's id, secret (null until issued) and whether it is enabled: what its signed requests need. */
class DeviceCredentialsDO {

    private Long id;
    private String secret;
    private Boolean enabled;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }
}
