package com.coinop.adapter.persistence.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redisson.config.Config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisPropertiesTest {

    @Test
    void a_single_server_gets_address_database_password_and_timeouts() {
        Config config = new RedisProperties("redis://10.0.0.5:6380", null, "s3cret", 3, null,
                Duration.ofMillis(1_500), Duration.ofMillis(2_500), 1).toRedissonConfig();

        assertThat(config.isSingleConfig()).isTrue();
        assertThat(config.useSingleServer().getAddress()).isEqualTo("redis://10.0.0.5:6380");
        assertThat(config.useSingleServer().getDatabase()).isEqualTo(3);
        assertThat(config.useSingleServer().getConnectTimeout()).isEqualTo(1_500);
        assertThat(config.useSingleServer().getTimeout()).isEqualTo(2_500);
        assertThat(config.useSingleServer().getRetryAttempts()).isEqualTo(1);
        assertThat(config.getPassword()).isEqualTo("s3cret");
    }

    @Test
    void a_config_file_wins_over_the_single_server_settings(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("redisson.yaml");
        Files.writeString(yaml, """
                sentinelServersConfig:
                  masterName: "mymaster"
                  sentinelAddresses:
                    - "redis://10.0.0.1:26379"
                    - "redis://10.0.0.2:26379"
                """);

        Config config = new RedisProperties("redis://ignored:6379", null, null, 0, yaml.toString(),
                Duration.ofSeconds(3), Duration.ofSeconds(3), 2).toRedissonConfig();

        assertThat(config.isSentinelConfig()).isTrue();
        assertThat(config.useSentinelServers().getMasterName()).isEqualTo("mymaster");
    }

    @Test
    void nonsense_settings_are_refused() {
        assertThatThrownBy(() -> new RedisProperties(" ", null, null, 0, null, Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisProperties("redis://h:1", null, null, -1, null, Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RedisProperties("redis://h:1", null, null, 0, null, Duration.ZERO, Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_password_is_not_printed() {
        assertThat(new RedisProperties("redis://h:1", null, "s3cret", 0, null, Duration.ofSeconds(1), Duration.ofSeconds(1), 0))
                .asString().doesNotContain("s3cret");
    }
}
