package com.coinop.adapter.web.shared;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.adapter.web.account.UserController;
import com.coinop.application.account.port.in.GetUserProfileUseCase;
import com.coinop.domain.testing.TestUsers;
import com.coinop.domain.user.UserId;
import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The one advice and the error page: each failure's status and code, and nothing internal in the body. */
@WebMvcTest({UserController.class, TestFailuresController.class, ErrorEnvelopeController.class})
class ErrorHandlingTest extends WebMvcTestSupport {

    @MockitoBean
    GetUserProfileUseCase getUserProfile;

    @Test
    void unknown_route_is_404_in_the_envelope() throws Exception {
        mvc.perform(get("/wechat/nothing-here"))
                .andExpect(status().isNotFound())
                .andExpect(exactJson("""
                        {"success": false, "result": null, "error": "接口不存在", "error_code": "NOT_FOUND"}
                        """));
    }

    @Test
    void unknown_route_asked_for_html_is_still_a_json_404_not_a_whitelabel_page() throws Exception {
        mvc.perform(get("/favicon-or-whatever.html").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(errorEnvelope("NOT_FOUND"));
    }

    @Test
    void post_to_an_unknown_route_is_404_not_405() throws Exception {
        mvc.perform(post("/wechat/recharge/lists").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isNotFound())
                .andExpect(errorEnvelope("NOT_FOUND"));
    }

    @Test
    void wrong_method_on_a_known_route_is_405_with_allow() throws Exception {
        mvc.perform(delete("/wechat/user"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"))
                .andExpect(errorEnvelope("METHOD_NOT_ALLOWED"));
        mvc.perform(put("/wechat/user"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(errorEnvelope("METHOD_NOT_ALLOWED"));
    }

    @Test
    void asking_for_xml_is_406_answered_in_json() throws Exception {
        given(getUserProfile.getUserProfile(new UserId(1))).willReturn(TestUsers.activeUser().withId(1).build());

        mvc.perform(get("/wechat/user").cookie(signedInAs(1)).accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(errorEnvelope("NOT_ACCEPTABLE"));
    }

    @Test
    void unexpected_failure_is_a_generic_500_without_class_names_sql_or_stack() throws Exception {
        given(getUserProfile.getUserProfile(new UserId(1))).willThrow(new IllegalStateException(
                "SELECT password FROM user WHERE id = 1; secret=hunter2", new java.sql.SQLException("db.internal:3306")));

        String body = mvc.perform(get("/wechat/user").cookie(signedInAs(1)))
                .andExpect(status().isInternalServerError())
                .andExpect(exactJson("""
                        {"success": false, "result": null, "error": "服务器内部错误，请稍后再试", "error_code": "INTERNAL_ERROR"}
                        """))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("SELECT", "hunter2", "Exception", "java.", "com.coinop", "at ", "3306");
    }

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource({
            "invalid,         400, INVALID_MOBILE",
            "disabled,        403, USER_DISABLED",
            "device-missing,  404, DEVICE_NOT_FOUND",
            "order-missing,   404, RECHARGE_NOT_FOUND",
            "usage-missing,   404, USAGE_NOT_FOUND",
            "transition,      409, USAGE_ALREADY_ENDED",
            "balance,         409, INSUFFICIENT_BALANCE",
            "ledger,          409, DUPLICATE_LEDGER_ENTRY",
            "device-disabled, 409, DEVICE_DISABLED",
            "captcha,         400, CAPTCHA_FAILED",
            "sms-code,        400, INVALID_SMS_CODE",
            "not-in-wechat,   401, NO_OPENID",
            "rate-limited,    429, RATE_LIMITED",
            "user-missing,    404, USER_NOT_FOUND",
            "paid-mismatch,   409, PAID_AMOUNT_MISMATCH",
            "oauth-state,     400, OAUTH_STATE_INVALID",
            "wechat-code,     400, WECHAT_CODE_REJECTED",
            "unmapped,        500, INTERNAL_ERROR",
            "sms-budget,      503, SMS_BUDGET_EXHAUSTED",
            "bug,             500, INTERNAL_ERROR"})
    void each_failure_gets_its_status_and_code(String kind, int status, String code) throws Exception {
        mvc.perform(get("/test/fail/" + kind))
                .andExpect(status().is(status))
                .andExpect(errorEnvelope(code));
    }

    @Test
    void rate_limited_says_when_to_try_again_in_retry_after_and_in_the_message() throws Exception {
        mvc.perform(get("/test/fail/rate-limited"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "42"))
                .andExpect(exactJson("""
                        {"success": false, "result": null, "error": "操作过于频繁, 请在 42 秒后再试",
                         "error_code": "RATE_LIMITED"}
                        """));
    }

    @Test
    void a_budget_used_up_by_everyone_is_503_with_retry_after_and_the_budget_in_the_message() throws Exception {
        mvc.perform(get("/test/fail/sms-budget"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "12"))
                .andExpect(errorEnvelope("SMS_BUDGET_EXHAUSTED", "30", "12 秒"));
    }

    @Test
    void domain_message_reaches_the_page_as_written() throws Exception {
        mvc.perform(get("/test/fail/balance"))
                .andExpect(exactJson("""
                        {"success": false, "result": null, "error": "余额不足 (用户 3, 需要 5.00 元)",
                         "error_code": "INSUFFICIENT_BALANCE"}
                        """));
    }

    @Test
    void container_error_page_is_an_envelope_with_the_status() throws Exception {
        mvc.perform(get("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/missing"))
                .andExpect(status().isNotFound())
                .andExpect(errorEnvelope("NOT_FOUND"));
        mvc.perform(post("/error").requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 400))
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("BAD_REQUEST"));
    }

    @Test
    void container_error_from_a_failing_filter_is_a_generic_500() throws Exception {
        String body = mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("redis://:secret@cache:6379")))
                .andExpect(status().isInternalServerError())
                .andExpect(errorEnvelope("INTERNAL_ERROR"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("secret", "redis", "Exception");
    }
}
