package com.coinop.adapter.web;

import com.coinop.adapter.web.account.AdminUserController;
import com.coinop.adapter.web.device.AdminDeviceController;
import com.coinop.adapter.web.security.AdminProperties;
import com.coinop.adapter.web.security.AllowedOrigins;
import com.coinop.adapter.web.session.SessionCookies;
import com.coinop.adapter.web.usage.AdminSessionController;
import com.coinop.application.account.port.in.DisableUserUseCase;
import com.coinop.application.account.port.in.EnableUserUseCase;
import com.coinop.application.account.port.in.GetLedgerUseCase;
import com.coinop.application.account.port.in.GetUserProfileUseCase;
import com.coinop.application.account.port.in.ListUsersUseCase;
import com.coinop.application.device.port.in.AuthenticateDeviceUseCase;
import com.coinop.application.device.port.in.DeviceMessageLogUseCase;
import com.coinop.application.device.port.in.ListDevicesUseCase;
import com.coinop.application.device.port.in.RegisterDeviceUseCase;
import com.coinop.application.device.port.in.RotateDeviceSecretUseCase;
import com.coinop.application.device.port.in.UpdateDeviceUseCase;
import com.coinop.application.history.port.in.ListExpensesUseCase;
import com.coinop.application.history.port.in.ListRechargesUseCase;
import com.coinop.application.recharge.port.in.CreateRechargeUseCase;
import com.coinop.application.recharge.port.in.ReceivePaymentNotificationUseCase;
import com.coinop.application.signin.port.in.CheckRegistrationUseCase;
import com.coinop.application.signin.port.in.CompleteWechatSignInUseCase;
import com.coinop.application.signin.port.in.LoginUseCase;
import com.coinop.application.signin.port.in.LogoutUseCase;
import com.coinop.application.signin.port.in.RequestSmsCodeUseCase;
import com.coinop.application.signin.port.in.ResolveSessionUseCase;
import com.coinop.application.signin.port.in.StartCaptchaUseCase;
import com.coinop.application.signin.port.in.StartWechatSignInUseCase;
import com.coinop.application.usage.port.in.GetCurrentUsageUseCase;
import com.coinop.application.usage.port.in.ListUnpaidSessionsUseCase;
import com.coinop.application.usage.port.in.MachineHeartbeatUseCase;
import com.coinop.application.usage.port.in.MachineStopUseCase;
import com.coinop.application.usage.port.in.SignJsSdkPageUseCase;
import com.coinop.application.usage.port.in.StartUsageUseCase;
import com.coinop.application.usage.port.in.StopUsageUseCase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** The configuration as the bootstrap will use it: imported next to the use case beans and Boot's Jackson. */
class WebAdapterConfigurationTest {

    /** The adapter with Boot's Jackson and every use case its controllers call, but the session one. */
    private static WebApplicationContextRunner withoutTheSessionUseCase() {
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withUserConfiguration(WebAdapterConfiguration.class)
                .withBean(GetUserProfileUseCase.class, () -> mock(GetUserProfileUseCase.class))
                .withBean(CheckRegistrationUseCase.class, () -> mock(CheckRegistrationUseCase.class))
                .withBean(ListRechargesUseCase.class, () -> mock(ListRechargesUseCase.class))
                .withBean(ListExpensesUseCase.class, () -> mock(ListExpensesUseCase.class))
                .withBean(StartCaptchaUseCase.class, () -> mock(StartCaptchaUseCase.class))
                .withBean(RequestSmsCodeUseCase.class, () -> mock(RequestSmsCodeUseCase.class))
                .withBean(LoginUseCase.class, () -> mock(LoginUseCase.class))
                .withBean(LogoutUseCase.class, () -> mock(LogoutUseCase.class))
                .withBean(StartWechatSignInUseCase.class, () -> mock(StartWechatSignInUseCase.class))
                .withBean(CompleteWechatSignInUseCase.class, () -> mock(CompleteWechatSignInUseCase.class))
                .withBean(CreateRechargeUseCase.class, () -> mock(CreateRechargeUseCase.class))
                .withBean(ReceivePaymentNotificationUseCase.class, () -> mock(ReceivePaymentNotificationUseCase.class))
                .withBean(SignJsSdkPageUseCase.class, () -> mock(SignJsSdkPageUseCase.class))
                .withBean(StartUsageUseCase.class, () -> mock(StartUsageUseCase.class))
                .withBean(GetCurrentUsageUseCase.class, () -> mock(GetCurrentUsageUseCase.class))
                .withBean(StopUsageUseCase.class, () -> mock(StopUsageUseCase.class))
                .withBean(AuthenticateDeviceUseCase.class, () -> mock(AuthenticateDeviceUseCase.class))
                .withBean(DeviceMessageLogUseCase.class, () -> mock(DeviceMessageLogUseCase.class))
                .withBean(MachineHeartbeatUseCase.class, () -> mock(MachineHeartbeatUseCase.class))
                .withBean(MachineStopUseCase.class, () -> mock(MachineStopUseCase.class))
                .withBean(ListDevicesUseCase.class, () -> mock(ListDevicesUseCase.class))
                .withBean(RegisterDeviceUseCase.class, () -> mock(RegisterDeviceUseCase.class))
                .withBean(RotateDeviceSecretUseCase.class, () -> mock(RotateDeviceSecretUseCase.class))
                .withBean(UpdateDeviceUseCase.class, () -> mock(UpdateDeviceUseCase.class))
                .withBean(ListUsersUseCase.class, () -> mock(ListUsersUseCase.class))
                .withBean(DisableUserUseCase.class, () -> mock(DisableUserUseCase.class))
                .withBean(EnableUserUseCase.class, () -> mock(EnableUserUseCase.class))
                .withBean(GetLedgerUseCase.class, () -> mock(GetLedgerUseCase.class))
                .withBean(ListUnpaidSessionsUseCase.class, () -> mock(ListUnpaidSessionsUseCase.class));
    }

    private final WebApplicationContextRunner runner = withoutTheSessionUseCase()
            .withBean(ResolveSessionUseCase.class, () -> mock(ResolveSessionUseCase.class));

    @Test
    void defaults_are_cookie_coinop_session_not_secure_and_no_other_origins() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            WebAdapterProperties properties = context.getBean(WebAdapterProperties.class);
            assertThat(properties.sessionCookie()).isEqualTo(new WebAdapterProperties.SessionCookie("COINOP_SESSION", false));
            assertThat(properties.allowedOrigins()).isEmpty();
            assertThat(context.getBean(SessionCookies.class).name()).isEqualTo("COINOP_SESSION");
            assertThat(context.getBeansOfType(FilterRegistrationBean.class)).containsKeys(
                    "coinopCorsFilter", "coinopCrossSiteRequestFilter");
        });
    }

    @Test
    void properties_under_coinop_web_are_bound() {
        runner.withPropertyValues("coinop.web.allowed-origins=https://h5.example.com,http://localhost:5173",
                        "coinop.web.session-cookie.name=SID", "coinop.web.session-cookie.secure=true")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(WebAdapterProperties.class).sessionCookie())
                            .isEqualTo(new WebAdapterProperties.SessionCookie("SID", true));
                    // a Secure cookie is a __Host- cookie: only this host over HTTPS can set it
                    assertThat(context.getBean(SessionCookies.class).name()).isEqualTo("__Host-SID");
                    assertThat(context.getBean(AllowedOrigins.class).values())
                            .containsExactly("https://h5.example.com", "http://localhost:5173");
                });
    }

    @Test
    void trusted_proxies_and_the_body_limit_are_bound_and_a_proxy_that_is_no_address_stops_start_up() {
        runner.withPropertyValues("coinop.web.trusted-proxies=10.0.0.0/8, 192.0.2.10", "coinop.web.max-body-size=8KB")
                .run(context -> {
                    WebAdapterProperties properties = context.getBean(WebAdapterProperties.class);
                    assertThat(properties.trustedProxies()).containsExactly("10.0.0.0/8", "192.0.2.10");
                    assertThat(properties.maxBodySize().toBytes()).isEqualTo(8192);
                });
        runner.withPropertyValues("coinop.web.trusted-proxies=lb.internal").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("coinop.web.trusted-proxies");
        });
    }

    @Test
    void the_public_base_url_is_bound_and_one_with_a_path_stops_start_up() {
        runner.withPropertyValues("coinop.web.public-base-url=https://api.example.com").run(context ->
                assertThat(context.getBean(WebAdapterProperties.class).publicBaseUrl())
                        .isEqualTo(URI.create("https://api.example.com")));
        runner.withPropertyValues("coinop.web.public-base-url=https://api.example.com/wechat").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("coinop.web.public-base-url");
        });
    }

    @Test
    void a_wildcard_origin_stops_start_up_with_a_message_naming_it() {
        runner.withPropertyValues("coinop.web.allowed-origins=*").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("coinop.web.allowed-origins")
                    .hasMessageContaining("'*'");
        });
    }

    @Test
    void the_adapter_cannot_start_without_the_session_use_case() {
        withoutTheSessionUseCase()
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining(ResolveSessionUseCase.class.getName()));
    }

    @Test
    void without_an_admin_token_the_admin_api_has_neither_controllers_nor_filter() {
        runner.withPropertyValues("coinop.admin.token=  ").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(AdminProperties.class).enabled()).isFalse();
            assertThat(context).doesNotHaveBean(AdminDeviceController.class).doesNotHaveBean(AdminUserController.class)
                    .doesNotHaveBean(AdminSessionController.class);
            assertThat(context.getBeansOfType(FilterRegistrationBean.class)).doesNotContainKey("coinopAdminTokenFilter");
        });
    }

    @Test
    void with_an_admin_token_the_admin_api_is_there() {
        runner.withPropertyValues("coinop.admin.token=" + "t".repeat(AdminProperties.MIN_LENGTH)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).hasSingleBean(AdminDeviceController.class).hasSingleBean(AdminUserController.class)
                    .hasSingleBean(AdminSessionController.class);
            assertThat(context.getBeansOfType(FilterRegistrationBean.class)).containsKey("coinopAdminTokenFilter");
        });
    }

    @Test
    void a_short_or_unsendable_admin_token_stops_start_up_without_repeating_it() {
        for (String token : new String[] {"short-token-123", "t".repeat(31), "t".repeat(40) + " space", "t".repeat(40) + "\"",
                "汉".repeat(40)}) {
            runner.withPropertyValues("coinop.admin.token=" + token).run(context -> {
                assertThat(context).hasFailed();
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("coinop.admin.token")
                        .hasMessageContaining("COINOP_ADMIN_TOKEN").hasMessageNotContaining(token);
            });
        }
    }
}
