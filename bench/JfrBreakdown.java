import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the application's CPU samples of a JFR recording go (bench/prod-app.sh, PROFILE=1). Each
 * jdk.ExecutionSample is charged to the first frame from the top of its stack that belongs to a known
 * part (JDK frames are charged to the library that called them, except crypto, which is its own part);
 * then the coinop methods (servlet filters aside) with the largest share of samples they are on the stack of,
 * and the methods (any, JDK ones included) that the most samples were taken in (self time).
 * Only samples between BEGIN and END (ISO-8601 instants) count when they are given: a dump of a time
 * window holds whole chunks of the recording, so also some of what ran just before and after.
 *   java bench/JfrBreakdown.java RECORDING.jfr [BEGIN END]
 */
public class JfrBreakdown {

    private static final List<String[]> PARTS = List.of(
            new String[] {"crypto (RSA, AES-GCM, SHA)", "sun.security.", "javax.crypto.", "com.sun.crypto.", "java.security."},
            new String[] {"JDBC driver", "com.mysql.", "org.mariadb."},
            new String[] {"connection pool", "com.zaxxer."},
            new String[] {"MyBatis", "org.apache.ibatis.", "org.mybatis."},
            new String[] {"Redisson / Netty", "org.redisson.", "io.netty."},
            new String[] {"JSON (Jackson)", "tools.jackson.", "com.fasterxml."},
            new String[] {"WxJava", "com.github.binarywang."},
            new String[] {"logging", "ch.qos.logback.", "org.slf4j."},
            new String[] {"coinop", "com.coinop."},
            new String[] {"Spring", "org.springframework."},
            new String[] {"Tomcat", "org.apache.coyote.", "org.apache.tomcat.", "org.apache.catalina."});

    public static void main(String[] args) throws Exception {
        Map<String, Integer> parts = new HashMap<>();
        Map<String, Integer> coinop = new HashMap<>();
        Map<String, Integer> self = new HashMap<>();
        Instant begin = args.length > 2 ? Instant.parse(args[1]) : Instant.MIN;
        Instant end = args.length > 2 ? Instant.parse(args[2]) : Instant.MAX;
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStartTime().isBefore(begin) || event.getStartTime().isAfter(end)) {
                continue;
            }
            samples++;
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            parts.merge(partOf(frames), 1, Integer::sum);
            if (!frames.isEmpty()) {
                self.merge(frames.get(0).getMethod().getType().getName() + "." + frames.get(0).getMethod().getName(), 1,
                        Integer::sum);
            }
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : frames) {
                String method = frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
                // the servlet filters are on every request's stack, and lambdas repeat their method: neither says anything
                if (method.startsWith("com.coinop.") && !method.endsWith(".doFilterInternal") && !method.contains("$$Lambda")
                        && !method.contains(".lambda$") && seen.add(method)) {
                    coinop.merge(method, 1, Integer::sum);
                }
            }
        }
        System.out.printf("%d CPU samples of the application%n%n", samples);
        print("part (self time, JDK frames charged to their caller)", parts, samples, 20);
        print("coinop methods (share of samples they are on the stack of)", coinop, samples, 15);
        print("methods the samples were taken in (self time)", self, samples, 15);
    }

    private static String partOf(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (String[] part : PARTS) {
                for (int i = 1; i < part.length; i++) {
                    if (type.startsWith(part[i])) {
                        return part[0];
                    }
                }
            }
        }
        return "JDK only (threads, collections, I/O without a library frame)";
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int limit) {
        System.out.println("| " + title + " | share |");
        System.out.println("|---|---|");
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .forEach(e -> System.out.printf("| %s | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / samples));
        System.out.println();
    }
}
