package com.coinop.bootstrap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What coinop refuses to start without: a profile, and the settings that profile needs. */
@ExtendWith(OutputCaptureExtension.class)
class RequiredSettingsTest {

    /** Every variable prod needs, with a plausible value. */
    private static final Map<String, Object> PROD_SETTINGS = Map.ofEntries(
            Map.entry("COINOP_DB_URL", "jdbc:mysql://db:3306/coinop"),
            Map.entry("COINOP_DB_USERNAME", "coinop"),
            Map.entry("COINOP_DB_PASSWORD", "secret"),
            Map.entry("COINOP_REDIS_ADDRESS", "redis://redis:6379"),
            Map.entry("COINOP_ALLOWED_ORIGINS", "https://h5.example.com"),
            Map.entry("COINOP_PUBLIC_BASE_URL", "https://api.example.com"),
            Map.entry("COINOP_QR_TEMPLATE", "https://h5.example.com/?machine={machine}"),
            Map.entry("COINOP_WECHAT_APP_ID", "wx0123456789abcdef"),
            Map.entry("COINOP_WECHAT_SECRET", "wechat-secret"),
            Map.entry("COINOP_WECHAT_PAY_MCH_ID", "1900000109"),
            Map.entry("COINOP_WECHAT_PAY_MERCHANT_PRIVATE_KEY", "-----BEGIN PRIVATE KEY-----"),
            Map.entry("COINOP_WECHAT_PAY_MERCHANT_SERIAL_NUMBER", "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"),
            Map.entry("COINOP_WECHAT_PAY_API_V3_KEY", "0123456789abcdef0123456789abcdef"),
            Map.entry("COINOP_WECHAT_PAY_PUBLIC_KEY", "-----BEGIN PUBLIC KEY-----"),
            Map.entry("COINOP_WECHAT_PAY_PUBLIC_KEY_ID", "PUB_KEY_ID_0114232134912410000000000001"),
            Map.entry("COINOP_GEETEST_CAPTCHA_ID", "gt-id"),
            Map.entry("COINOP_GEETEST_PRIVATE_KEY", "gt-key"),
            Map.entry("COINOP_SMS_ACCESS_KEY_ID", "ak"),
            Map.entry("COINOP_SMS_ACCESS_KEY_SECRET", "sk"),
            Map.entry("COINOP_SMS_SIGN_NAME", "投币"),
            Map.entry("COINOP_SMS_TEMPLATE_CODE", "SMS_1"),
            Map.entry("COINOP_SMS_CODE_SECRET", "a-secret-of-enough-length"));

    private static Map<String, Object> prodSettingsWithout(String name) {
        Map<String, Object> settings = new HashMap<>(PROD_SETTINGS);
        settings.remove(name);
        return settings;
    }

    private static MockEnvironment prod(Map<String, Object> settings) {
        MockEnvironment environment = new MockEnvironment();
        settings.forEach((name, value) -> environment.setProperty(name, value.toString()));
        environment.setActiveProfiles("prod");
        return environment;
    }

    private static MockEnvironment prodWithAllSettings() {
        return prod(PROD_SETTINGS);
    }

    @Test
    void without_a_profile_the_one_problem_is_to_choose_one() {
        assertThat(RequiredSettings.problems(new MockEnvironment())).containsExactly(
                "coinop needs a profile: set SPRING_PROFILES_ACTIVE=prod (or run bin/run-local for the local run)");
    }

    @Test
    void a_profile_that_is_neither_prod_nor_local_is_named() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("staging");

        assertThat(RequiredSettings.problems(environment)).singleElement()
                .satisfies(problem -> assertThat(problem).startsWith("coinop needs a profile").contains("[staging]"));
    }

    @Test
    void the_application_without_a_profile_stops_before_starting_anything_and_says_to_choose_one(CapturedOutput output) {
        SpringApplication application = new SpringApplication(CoinopApplication.class);

        assertThatThrownBy(() -> application.run("--server.port=0"))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("coinop needs a profile");
        assertThat(output).contains("APPLICATION FAILED TO START",
                "coinop needs a profile: set SPRING_PROFILES_ACTIVE=prod (or run bin/run-local for the local run)");
        assertThat(output).doesNotContain("Tomcat initialized", "HikariPool", "Redisson");
    }

    @Test
    void a_business_zone_that_is_no_time_zone_is_named() {
        MockEnvironment environment = prodWithAllSettings().withProperty("coinop.zone", "Nowhere/Nothing");

        assertThat(RequiredSettings.problems(environment)).singleElement()
                .satisfies(problem -> assertThat(problem).contains("coinop.zone", "COINOP_ZONE", "Nowhere/Nothing"));
        assertThat(RequiredSettings.problems(prodWithAllSettings().withProperty("coinop.zone", "Asia/Shanghai"))).isEmpty();
    }

    @Test
    void prod_with_every_setting_has_no_problem() {
        assertThat(RequiredSettings.problems(prodWithAllSettings())).isEmpty();
    }

    @Test
    void prod_names_each_missing_variable() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("prod");

        List<String> problems = RequiredSettings.problems(environment);

        // one problem per variable, each naming it
        assertThat(problems).hasSize(PROD_SETTINGS.size());
        assertThat(PROD_SETTINGS.keySet()).allSatisfy(name ->
                assertThat(problems).as(name).anySatisfy(problem -> assertThat(problem).contains(name)));
    }

    @Test
    void aliyuns_variables_are_required_only_when_aliyun_sends_the_codes() {
        List<String> aliyun = List.of("COINOP_SMS_ACCESS_KEY_ID", "COINOP_SMS_ACCESS_KEY_SECRET", "COINOP_SMS_SIGN_NAME",
                "COINOP_SMS_TEMPLATE_CODE");
        Map<String, Object> withoutAliyun = new HashMap<>(PROD_SETTINGS);
        aliyun.forEach(withoutAliyun::remove);

        assertThat(RequiredSettings.problems(prod(withoutAliyun))).as("aliyun is prod's default").hasSize(4)
                .allSatisfy(problem -> assertThat(problem).contains("Aliyun"));
        assertThat(RequiredSettings.problems(prod(withoutAliyun).withProperty("coinop.sms.provider", "aliyun")))
                .hasSize(4);
        assertThat(RequiredSettings.problems(prod(withoutAliyun).withProperty("coinop.sms.provider", "tencent")))
                .as("another provider needs none of Aliyun's").isEmpty();
    }

    @Test
    void prod_counts_a_blank_variable_as_missing() {
        MockEnvironment environment = prodWithAllSettings().withProperty("COINOP_DB_URL", "  ");

        assertThat(RequiredSettings.problems(environment)).singleElement()
                .satisfies(problem -> assertThat(problem).contains("COINOP_DB_URL"));
    }

    @Test
    void prod_accepts_a_database_password_set_to_nothing_but_not_an_unset_one() {
        assertThat(RequiredSettings.problems(prodWithAllSettings().withProperty("COINOP_DB_PASSWORD", ""))).isEmpty();

        MockEnvironment unset = prod(prodSettingsWithout("COINOP_DB_PASSWORD"));
        assertThat(RequiredSettings.problems(unset)).singleElement()
                .satisfies(problem -> assertThat(problem).contains("COINOP_DB_PASSWORD"));
    }

    @Test
    void prod_accepts_a_redisson_config_file_instead_of_an_address() {
        MockEnvironment environment = prodWithAllSettings()
                .withProperty("COINOP_REDIS_ADDRESS", "")
                .withProperty("COINOP_REDIS_CONFIG_FILE", "/etc/coinop/redisson.yml");

        assertThat(RequiredSettings.problems(environment)).isEmpty();
    }

    @Test
    void prod_and_local_together_are_refused() {
        MockEnvironment environment = prodWithAllSettings();
        environment.setActiveProfiles("prod", "local");

        assertThat(RequiredSettings.problems(environment)).singleElement()
                .satisfies(problem -> assertThat(problem).contains("exclude each other"));
    }

    @Test
    void local_without_the_embedded_servers_points_to_the_local_run() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("local");

        assertThat(RequiredSettings.problems(environment)).singleElement()
                .satisfies(problem -> assertThat(problem).contains("bin/run-local").contains("SPRING_PROFILES_ACTIVE=prod"));
    }

    @Test
    void the_application_refuses_to_start_in_prod_naming_the_missing_variable() {
        SpringApplication application = new SpringApplication(CoinopApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setDefaultProperties(prodSettingsWithout("COINOP_DB_URL"));

        assertThatThrownBy(() -> application.run("--spring.profiles.active=prod"))
                .isInstanceOf(MissingSettingsException.class)
                .hasMessageContaining("COINOP_DB_URL")
                .hasMessageNotContaining("COINOP_DB_PASSWORD");
    }
}
