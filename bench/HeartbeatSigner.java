import com.coinop.application.device.service.DeviceSignatures;
import com.coinop.domain.device.DeviceSecret;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Writes signed machine heartbeats for the bench (bench/usage.sh), one request per line, each with a new
 * nonce and message id, signed as a machine signs (coinop's own DeviceSignatures.sign, so run it with the
 * built application and domain classes on the class path). The timestamp is the moment of signing: the
 * lines are good for coinop.device.clock-skew (5 min), so the bench signs each batch just before its run.
 * Machine first + (n mod machines) sends line n. Its secret is lower-case hex of SHA-256 of
 * "coinop-bench-machine-SEED-ID", as the bench's seed SQL sets it. A line is device id TAB timestamp TAB
 * nonce TAB signature TAB body; bench/heartbeat.lua sends them in turn.
 *
 *   java -cp application/target/classes:domain/target/classes bench/HeartbeatSigner.java
 *       <seed> <first machine> <machines> <count> <message id prefix> <out file>
 */
public class HeartbeatSigner {

    private static final String PATH = "/device/v1/heartbeat";
    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws Exception {
        String seed = args[0];
        long first = Long.parseLong(args[1]);
        int machines = Integer.parseInt(args[2]);
        long count = Long.parseLong(args[3]);
        String prefix = args[4];
        DeviceSecret[] secrets = new DeviceSecret[machines];
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (int m = 0; m < machines; m++) {
            secrets[m] = new DeviceSecret(HEX.formatHex(sha256.digest(
                    ("coinop-bench-machine-" + seed + "-" + (first + m)).getBytes(StandardCharsets.US_ASCII))));
        }
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        SecureRandom random = new SecureRandom();
        byte[] nonceBytes = new byte[16];
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[5]))) {
            for (long n = 0; n < count; n++) {
                int m = (int) (n % machines);
                random.nextBytes(nonceBytes);
                String nonce = HEX.formatHex(nonceBytes);
                String body = "{\"message_id\":\"" + prefix + "-" + n + "\"}";
                String signature = DeviceSignatures.sign(secrets[m], "POST", PATH, timestamp, nonce,
                        body.getBytes(StandardCharsets.UTF_8));
                out.write((first + m) + "\t" + timestamp + "\t" + nonce + "\t" + signature + "\t" + body);
                out.newLine();
            }
        }
    }
}
