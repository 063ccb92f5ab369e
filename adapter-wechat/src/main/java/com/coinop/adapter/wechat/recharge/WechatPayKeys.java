package com.coinop.adapter.wechat.recharge;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.github.binarywang.wxpay.v3.util.PemUtils;

/**
 * The keys of {@link WechatPayProperties}, read once at start-up: the merchant private key, and every key WeChat
 * Pay may sign with, by the serial WeChat Pay names it with ({@code Wechatpay-Serial}). A key that does not read
 * stops start-up with a message naming its setting, never the key.
 */
record WechatPayKeys(PrivateKey merchantPrivateKey, Map<String, PublicKey> wechatPayKeys) {

    WechatPayKeys {
        wechatPayKeys = Map.copyOf(wechatPayKeys);
    }

    static WechatPayKeys from(WechatPayProperties properties) {
        PrivateKey merchant = privateKey(properties.merchantPrivateKey());
        Map<String, PublicKey> wechatPay = new LinkedHashMap<>();
        wechatPay.put(properties.publicKeyId(), publicKey(properties.publicKey()));
        for (int i = 0; i < properties.platformCertificates().size(); i++) {
            X509Certificate certificate = certificate(properties.platformCertificates().get(i), i);
            // WeChat Pay names a platform certificate by its serial number in upper-case hex
            wechatPay.put(certificate.getSerialNumber().toString(16).toUpperCase(Locale.ROOT), certificate.getPublicKey());
        }
        return new WechatPayKeys(merchant, wechatPay);
    }

    private static PrivateKey privateKey(String pem) {
        String name = WechatPayProperties.PREFIX + "merchant-private-key";
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalArgumentException(name + " must be the PEM text of a PKCS#8 RSA private key (-----BEGIN PRIVATE KEY-----)");
        }
        PrivateKey key;
        try {
            key = PemUtils.loadPrivateKey(new ByteArrayInputStream(pem.getBytes(UTF_8)));
        } catch (RuntimeException e) {
            // the cause names nothing of the key, but is dropped all the same: a parser may quote its input
            throw new IllegalArgumentException(name + " is not a readable PKCS#8 RSA private key");
        }
        if (!(key instanceof RSAPrivateKey rsa) || rsa.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException(name + " must be an RSA key of at least 2048 bits");
        }
        return key;
    }

    private static PublicKey publicKey(String pem) {
        String name = WechatPayProperties.PREFIX + "public-key";
        if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
            throw new IllegalArgumentException(name + " must be the PEM text of the WeChat Pay public key (-----BEGIN PUBLIC KEY-----)");
        }
        PublicKey key;
        try {
            key = PemUtils.loadPublicKey(new ByteArrayInputStream(pem.getBytes(UTF_8)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(name + " is not a readable RSA public key");
        }
        if (!(key instanceof RSAPublicKey rsa) || rsa.getModulus().bitLength() < 2048) {
            throw new IllegalArgumentException(name + " must be an RSA key of at least 2048 bits");
        }
        return key;
    }

    private static X509Certificate certificate(String pem, int index) {
        String name = WechatPayProperties.PREFIX + "platform-certificates[" + index + "]";
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.strip().getBytes(UTF_8)));
        } catch (CertificateException | RuntimeException e) {
            throw new IllegalArgumentException(name + " is not a readable X.509 certificate (PEM)");
        }
    }
}
