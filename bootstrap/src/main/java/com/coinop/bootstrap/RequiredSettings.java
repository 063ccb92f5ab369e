package com.coinop.bootstrap;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The settings coinop cannot run without. First a profile: there is no default, so that the production
 * jar never runs as anything but what its operator chose. Then what the profile needs: prod takes every
 * address and secret from the environment and names each missing variable; local needs the embedded
 * servers that only the local run starts.
 */
final class RequiredSettings {

    /**
     * An environment variable prod needs and what it is. One that {@code mayBeEmpty} must be set but
     * may be set to nothing (a database user without a password).
     */
    record RequiredVariable(String name, String meaning, boolean mayBeEmpty) {

        RequiredVariable(String name, String meaning) {
            this(name, meaning, false);
        }

        boolean isMissingFrom(Environment environment) {
            String value = environment.getProperty(name);
            return mayBeEmpty ? value == null : isBlank(value);
        }
    }

    /** Environment variables prod needs. */
    static final List<RequiredVariable> PROD_VARIABLES = List.of(
            new RequiredVariable("COINOP_DB_URL", "JDBC URL of the MySQL 8 database, e.g. jdbc:mysql://db:3306/coinop"),
            new RequiredVariable("COINOP_DB_USERNAME", "database user"),
            new RequiredVariable("COINOP_DB_PASSWORD", "database password; set it empty for a user without one", true),
            new RequiredVariable("COINOP_ALLOWED_ORIGINS", "origins of the H5 page, comma-separated, e.g. https://h5.example.com"),
            new RequiredVariable("COINOP_PUBLIC_BASE_URL", "where browsers and WeChat reach the API, e.g. https://api.example.com (WeChat's OAuth callback is built on it)"),
            new RequiredVariable("COINOP_QR_TEMPLATE", "the text of a machine's QR code: the H5 page's URL with {machine} for the machine's id, e.g. https://h5.example.com/?machine={machine}"),
            new RequiredVariable("COINOP_WECHAT_APP_ID", "AppID of the WeChat official account"),
            new RequiredVariable("COINOP_WECHAT_SECRET", "AppSecret of the WeChat official account"),
            new RequiredVariable("COINOP_WECHAT_PAY_MCH_ID", "WeChat Pay merchant id (mchid)"),
            new RequiredVariable("COINOP_WECHAT_PAY_MERCHANT_PRIVATE_KEY", "the merchant's API private key, PEM (apiclient_key.pem)"),
            new RequiredVariable("COINOP_WECHAT_PAY_MERCHANT_SERIAL_NUMBER", "serial number of the merchant's API certificate"),
            new RequiredVariable("COINOP_WECHAT_PAY_API_V3_KEY", "the merchant's APIv3 key (32 characters)"),
            new RequiredVariable("COINOP_WECHAT_PAY_PUBLIC_KEY", "WeChat Pay's public key, PEM (pub_key.pem)"),
            new RequiredVariable("COINOP_WECHAT_PAY_PUBLIC_KEY_ID", "id of WeChat Pay's public key (PUB_KEY_ID_…)"),
            new RequiredVariable("COINOP_GEETEST_CAPTCHA_ID", "Geetest v3 captcha id (gt)"),
            new RequiredVariable("COINOP_GEETEST_PRIVATE_KEY", "Geetest v3 private key"),
            new RequiredVariable("COINOP_SMS_CODE_SECRET", "secret of at least 16 characters the SMS codes are hashed with, the same on every instance"));

    /** The SMS provider prod sends with unless {@code coinop.sms.provider} (COINOP_SMS_PROVIDER) names another. */
    static final String DEFAULT_SMS_PROVIDER = "aliyun";

    /** Environment variables each SMS provider needs in prod, required only when it is the provider. */
    static final Map<String, List<RequiredVariable>> SMS_PROVIDER_VARIABLES = Map.of(
            "aliyun", List.of(
                    new RequiredVariable("COINOP_SMS_ACCESS_KEY_ID", "Aliyun SMS access key id"),
                    new RequiredVariable("COINOP_SMS_ACCESS_KEY_SECRET", "Aliyun SMS access key secret"),
                    new RequiredVariable("COINOP_SMS_SIGN_NAME", "Aliyun SMS signature name"),
                    new RequiredVariable("COINOP_SMS_TEMPLATE_CODE", "Aliyun SMS template with one ${code} variable")));

    private RequiredSettings() {
    }

    /** The problem of an application started under neither prod nor local. */
    static final String NO_PROFILE =
            "coinop needs a profile: set SPRING_PROFILES_ACTIVE=prod (or run bin/run-local for the local run)";

    /** Every problem of the active profiles' settings, one sentence each; empty when all is set. */
    static List<String> problems(Environment environment) {
        if (!environment.acceptsProfiles(Profiles.of("prod | local"))) {
            String[] active = environment.getActiveProfiles();
            return List.of(active.length == 0 ? NO_PROFILE
                    : NO_PROFILE + "; the active profiles " + Arrays.toString(active) + " are neither");
        }
        List<String> problems = new ArrayList<>();
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            if (environment.acceptsProfiles(Profiles.of("local"))) {
                problems.add("the profiles prod and local exclude each other: activate one");
            }
            String smsProvider = environment.getProperty("coinop.sms.provider", DEFAULT_SMS_PROVIDER);
            List<RequiredVariable> required = new ArrayList<>(PROD_VARIABLES);
            required.addAll(SMS_PROVIDER_VARIABLES.getOrDefault(smsProvider, List.of()));
            for (RequiredVariable variable : required) {
                if (variable.isMissingFrom(environment)) {
                    problems.add("environment variable " + variable.name() + " is missing (" + variable.meaning() + ")");
                }
            }
            if (isBlank(environment.getProperty("COINOP_REDIS_ADDRESS"))
                    && isBlank(environment.getProperty("COINOP_REDIS_CONFIG_FILE"))) {
                problems.add("environment variable COINOP_REDIS_ADDRESS is missing (redis://host:6379), "
                        + "or set COINOP_REDIS_CONFIG_FILE to a Redisson YAML file for sentinel or cluster");
            }
        } else if (environment.acceptsProfiles(Profiles.of("local"))
                && isBlank(environment.getProperty("spring.datasource.url"))) {
            problems.add("the local profile runs on the embedded MariaDB and Redis that bin/run-local starts; "
                    + "to run this jar against your own servers, set SPRING_PROFILES_ACTIVE=prod");
        }
        String zone = environment.getProperty("coinop.zone");
        if (zone != null && !isTimeZone(zone)) {
            // caught here, the typo gets this one line instead of a bean creation stack trace
            problems.add("coinop.zone (COINOP_ZONE) is not a time zone: " + zone + " (a region such as Asia/Shanghai)");
        }
        return problems;
    }

    private static boolean isTimeZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
