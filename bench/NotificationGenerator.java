import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes WeChat Pay payment notifications for the bench, one per line, as WeChat Pay sends them: the
 * transaction encrypted with AEAD_AES_256_GCM under the APIv3 key, the body signed with the WeChat Pay
 * private key over timestamp\nnonce\nbody\n. A line is serial TAB timestamp TAB nonce TAB signature TAB
 * body; bench/notify.lua sends them in turn. JDK only: run as java bench/NotificationGenerator.java.
 *
 *   java bench/NotificationGenerator.java <wechat pay private key, PKCS#8 PEM> <public key id> <APIv3 key>
 *       <appid> <mchid> <out_trade_no prefix> <first> <count> <fen> <out file>
 */
public class NotificationGenerator {

    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    public static void main(String[] args) throws Exception {
        String pem = Files.readString(Path.of(args[0])).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        String serial = args[1];
        byte[] apiV3Key = args[2].getBytes(StandardCharsets.UTF_8);
        String appId = args[3];
        String mchId = args[4];
        String prefix = args[5];
        long first = Long.parseLong(args[6]);
        long count = Long.parseLong(args[7]);
        long fen = Long.parseLong(args[8]);
        String now = RFC_3339.format(OffsetDateTime.now(ZoneOffset.ofHours(8)));
        long timestamp = System.currentTimeMillis() / 1000;
        Signature signer = Signature.getInstance("SHA256withRSA");
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[9]))) {
            for (long n = first; n < first + count; n++) {
                String transaction = "{\"appid\":\"" + appId + "\",\"mchid\":\"" + mchId + "\",\"out_trade_no\":\"" + prefix + n
                        + "\",\"transaction_id\":\"4200BENCH" + n + "\",\"trade_type\":\"JSAPI\",\"trade_state\":\"SUCCESS\","
                        + "\"trade_state_desc\":\"支付成功\",\"bank_type\":\"OTHERS\",\"attach\":\"\",\"success_time\":\"" + now
                        + "\",\"payer\":{\"openid\":\"o-bench-" + n + "\"},\"amount\":{\"total\":" + fen + ",\"payer_total\":" + fen
                        + ",\"currency\":\"CNY\",\"payer_currency\":\"CNY\"}}";
                String gcmNonce = letters(12);
                cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(apiV3Key, "AES"),
                        new GCMParameterSpec(128, gcmNonce.getBytes(StandardCharsets.UTF_8)));
                cipher.updateAAD("transaction".getBytes(StandardCharsets.UTF_8));
                String ciphertext = Base64.getEncoder().encodeToString(cipher.doFinal(transaction.getBytes(StandardCharsets.UTF_8)));
                String body = "{\"id\":\"" + UUID.randomUUID() + "\",\"create_time\":\"" + now + "\",\"resource_type\":\"encrypt-resource\","
                        + "\"event_type\":\"TRANSACTION.SUCCESS\",\"summary\":\"支付成功\",\"resource\":{\"original_type\":\"transaction\","
                        + "\"algorithm\":\"AEAD_AES_256_GCM\",\"ciphertext\":\"" + ciphertext + "\",\"associated_data\":\"transaction\","
                        + "\"nonce\":\"" + gcmNonce + "\"}}";
                String nonce = letters(32);
                signer.initSign(key);
                signer.update((timestamp + "\n" + nonce + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8));
                String signature = Base64.getEncoder().encodeToString(signer.sign());
                out.write(serial + "\t" + timestamp + "\t" + nonce + "\t" + signature + "\t" + body);
                out.newLine();
            }
        }
    }

    private static String letters(int count) {
        StringBuilder text = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            text.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        return text.toString();
    }
}
