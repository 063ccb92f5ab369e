package com.coinop.adapter.wechat.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A made-up WeChat Pay merchant for the sandbox, new at every start so nothing secret is ever committed: the
 * merchant's RSA-2048 key pair (private for coinop, public for the sandbox), WeChat Pay's key pair (private for
 * the sandbox, public and its {@code PUB_KEY_ID_…} for coinop), a random APIv3 key, merchant id and certificate
 * serial. {@link #properties()} is what the application and the sandbox are configured with.
 */
public final class WechatPaySandboxKeys {

    /** The one setting only the sandbox has: WeChat Pay's private key, which signs answers and notifications. */
    public static final String SANDBOX_PRIVATE_KEY = "coinop.wechat.sandbox.pay.private-key";
    private static final String COINOP = "coinop.wechat.pay.";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String mchId;
    private final String merchantSerialNumber;
    private final PrivateKey merchantPrivateKey;
    private final PublicKey merchantPublicKey;
    private final PrivateKey wechatPayPrivateKey;
    private final PublicKey wechatPayPublicKey;
    private final String publicKeyId;
    private final String apiV3Key;

    private WechatPaySandboxKeys(String mchId, String merchantSerialNumber, PrivateKey merchantPrivateKey,
                                 PublicKey merchantPublicKey, PrivateKey wechatPayPrivateKey, PublicKey wechatPayPublicKey,
                                 String publicKeyId, String apiV3Key) {
        this.mchId = mchId;
        this.merchantSerialNumber = merchantSerialNumber;
        this.merchantPrivateKey = merchantPrivateKey;
        this.merchantPublicKey = merchantPublicKey;
        this.wechatPayPrivateKey = wechatPayPrivateKey;
        this.wechatPayPublicKey = wechatPayPublicKey;
        this.publicKeyId = publicKeyId;
        this.apiV3Key = apiV3Key;
    }

    /** A new merchant: two fresh key pairs, a random APIv3 key, merchant id, certificate serial and public key id. */
    public static WechatPaySandboxKeys generate() {
        KeyPair merchant = rsa2048();
        KeyPair wechatPay = rsa2048();
        String mchId = "19" + digits(8);
        String serial = SandboxHttp.hex(20).toUpperCase(Locale.ROOT);
        String publicKeyId = "PUB_KEY_ID_01" + mchId + digits(16);
        return new WechatPaySandboxKeys(mchId, serial, merchant.getPrivate(), merchant.getPublic(), wechatPay.getPrivate(),
                wechatPay.getPublic(), publicKeyId, SandboxHttp.alphanumeric(32));
    }

    /**
     * The merchant that {@link #properties()} once described, read back from settings: the sandbox side of an
     * application configured with them (the merchant's public key is the public half of its private key).
     */
    public static WechatPaySandboxKeys fromProperties(Function<String, String> settings) {
        PrivateKey merchantPrivate = readPrivate(required(settings, COINOP + "merchant-private-key"));
        if (!(merchantPrivate instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException(COINOP + "merchant-private-key carries no public half");
        }
        PublicKey merchantPublic;
        try {
            merchantPublic = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(COINOP + "merchant-private-key carries no public half", e);
        }
        return new WechatPaySandboxKeys(required(settings, COINOP + "mch-id"), required(settings, COINOP + "merchant-serial-number"),
                merchantPrivate, merchantPublic, readPrivate(required(settings, SANDBOX_PRIVATE_KEY)),
                readPublic(required(settings, COINOP + "public-key")), required(settings, COINOP + "public-key-id"),
                required(settings, COINOP + "api-v3-key"));
    }

    /** What coinop is configured with: {@code coinop.wechat.pay.*} (keys, ids; base-url and notify-url are the caller's). */
    public Map<String, String> coinopProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(COINOP + "mch-id", mchId);
        properties.put(COINOP + "merchant-private-key", pem("PRIVATE KEY", merchantPrivateKey.getEncoded()));
        properties.put(COINOP + "merchant-serial-number", merchantSerialNumber);
        properties.put(COINOP + "api-v3-key", apiV3Key);
        properties.put(COINOP + "public-key", pem("PUBLIC KEY", wechatPayPublicKey.getEncoded()));
        properties.put(COINOP + "public-key-id", publicKeyId);
        return properties;
    }

    /** {@link #coinopProperties()} and the sandbox's own WeChat Pay private key ({@value #SANDBOX_PRIVATE_KEY}). */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>(coinopProperties());
        properties.put(SANDBOX_PRIVATE_KEY, pem("PRIVATE KEY", wechatPayPrivateKey.getEncoded()));
        return properties;
    }

    public String mchId() {
        return mchId;
    }

    public String merchantSerialNumber() {
        return merchantSerialNumber;
    }

    public PrivateKey merchantPrivateKey() {
        return merchantPrivateKey;
    }

    public PublicKey merchantPublicKey() {
        return merchantPublicKey;
    }

    public PrivateKey wechatPayPrivateKey() {
        return wechatPayPrivateKey;
    }

    public PublicKey wechatPayPublicKey() {
        return wechatPayPublicKey;
    }

    public String publicKeyId() {
        return publicKeyId;
    }

    public String apiV3Key() {
        return apiV3Key;
    }

    @Override
    public String toString() {
        return "WechatPaySandboxKeys[mchId=" + mchId + ", publicKeyId=" + publicKeyId + "]";
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(UTF_8)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static KeyPair rsa2048() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digits(int count) {
        StringBuilder out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(RANDOM.nextInt(10));
        }
        return out.toString();
    }

    private static String required(Function<String, String> settings, String name) {
        String value = settings.apply(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is missing: the sandbox's WeChat Pay needs it");
        }
        return value.strip();
    }

    private static byte[] der(String pem) {
        return Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private static PrivateKey readPrivate(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("a sandbox private key does not read as PKCS#8 RSA");
        }
    }

    private static PublicKey readPublic(String pem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(pem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the sandbox's WeChat Pay public key does not read as RSA");
        }
    }
}
