package com.coinop.adapter.web.history;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.application.history.port.in.HistoryQuery;
import com.coinop.domain.user.UserId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What both history lists promise about their request body: the query handed to the use case, and
 * every malformed body refused with 400 (or 401/415) before the use case is called.
 */
public abstract class HistoryListEndpointContract extends WebMvcTestSupport {

    protected static final long USER = 42;
    protected static final UserId USER_ID = new UserId(USER);

    /** The route under test. */
    protected abstract String path();

    /** Makes the use case answer an empty page. */
    protected abstract void givenAnEmptyPage();

    /** The one query the use case received. */
    protected abstract HistoryQuery handedQuery();

    /** Fails when the use case was called at all. */
    protected abstract void verifyUseCaseNeverCalled();

    @BeforeEach
    void emptyPage() {
        givenAnEmptyPage();
    }

    protected ResultActions postJson(String body) throws Exception {
        return mvc.perform(request().contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private MockHttpServletRequestBuilder request() {
        return post(path()).cookie(signedInAs(USER));
    }

    private void refused(ResultActions result, String code, String... words) throws Exception {
        result.andExpect(status().isBadRequest()).andExpect(errorEnvelope(code, words));
        verifyUseCaseNeverCalled();
    }

    @Test
    void empty_object_asks_for_page_1_of_10_without_time_bounds() throws Exception {
        postJson("{}").andExpect(status().isOk());
        assertThat(handedQuery()).isEqualTo(new HistoryQuery(USER_ID, 1, 10, null, null));
    }

    @Test
    void null_page_size_and_times_mean_the_defaults() throws Exception {
        postJson("""
                {"page": null, "size": null, "start_time": null, "end_time": null}
                """).andExpect(status().isOk());
        assertThat(handedQuery()).isEqualTo(new HistoryQuery(USER_ID, 1, 10, null, null));
    }

    @Test
    void page_size_and_inclusive_bounds_are_handed_over_exactly() throws Exception {
        postJson("""
                {"page": 3, "size": 25, "start_time": "2017-07-01 23:23:23", "end_time": "2017-10-30 23:23:23"}
                """).andExpect(status().isOk());
        assertThat(handedQuery()).isEqualTo(new HistoryQuery(USER_ID, 3, 25,
                LocalDateTime.of(2017, 7, 1, 23, 23, 23), LocalDateTime.of(2017, 10, 30, 23, 23, 23)));
    }

    @Test
    void only_a_start_time_is_an_open_ended_window() throws Exception {
        postJson("""
                {"start_time": "2024-02-29 00:00:00"}
                """).andExpect(status().isOk());
        assertThat(handedQuery()).isEqualTo(new HistoryQuery(USER_ID, 1, 10, LocalDateTime.of(2024, 2, 29, 0, 0), null));
    }

    @Test
    void start_equal_to_end_is_accepted_because_bounds_are_inclusive() throws Exception {
        postJson("""
                {"start_time": "2017-07-01 00:00:00", "end_time": "2017-07-01 00:00:00"}
                """).andExpect(status().isOk());
        assertThat(handedQuery().start()).isEqualTo(handedQuery().end());
    }

    @Test
    void size_100_is_the_largest_page_accepted() throws Exception {
        postJson("""
                {"page": 2147483647, "size": 100}
                """).andExpect(status().isOk());
        assertThat(handedQuery()).isEqualTo(new HistoryQuery(USER_ID, Integer.MAX_VALUE, 100, null, null));
    }

    @Test
    void utf8_json_with_charset_parameter_is_accepted() throws Exception {
        mvc.perform(request().contentType("application/json;charset=UTF-8").content("{\"page\":2}"))
                .andExpect(status().isOk());
        assertThat(handedQuery().page()).isEqualTo(2);
    }

    @Test
    void missing_body_is_refused_with_400() throws Exception {
        refused(mvc.perform(request().contentType(MediaType.APPLICATION_JSON)), "INVALID_JSON");
    }

    @Test
    void missing_body_without_content_type_is_refused_with_400() throws Exception {
        refused(mvc.perform(request()), "INVALID_JSON");
    }

    @Test
    void empty_body_is_refused_with_400() throws Exception {
        refused(postJson(""), "INVALID_JSON");
    }

    @Test
    void blank_body_is_refused_with_400() throws Exception {
        refused(postJson("  \n "), "INVALID_JSON");
    }

    @Test
    void json_null_body_is_refused_with_400() throws Exception {
        refused(postJson("null"), "INVALID_JSON");
    }

    @ParameterizedTest(name = "body {0} is refused with 400")
    @ValueSource(strings = {"page=1&size=10", "{\"page\": 1", "{page: 1}", "{'page': 1}", "{\"page\": 1,}"})
    void malformed_json_is_refused_with_400(String body) throws Exception {
        refused(postJson(body), "INVALID_JSON");
    }

    @ParameterizedTest(name = "body {0} is refused with 400")
    @ValueSource(strings = {"[]", "[{\"page\": 1}]", "1", "\"page\"", "true"})
    void body_that_is_not_an_object_is_refused_with_400(String body) throws Exception {
        refused(postJson(body), "INVALID_JSON", "JSON 对象");
    }

    @Test
    void trailing_content_after_the_object_is_refused_with_400() throws Exception {
        refused(postJson("{\"page\": 1} {\"page\": 2}"), "INVALID_JSON");
    }

    @Test
    void a_field_given_twice_is_refused_with_400() throws Exception {
        refused(postJson("{\"page\": 1, \"page\": 2}"), "INVALID_JSON");
    }

    @ParameterizedTest(name = "page {0} is refused with 400 naming page")
    @ValueSource(strings = {"\"1\"", "1.5", "1.0", "1e2", "true", "[1]", "{}", "\"\""})
    void page_of_the_wrong_json_type_is_refused_with_400_naming_the_field(String value) throws Exception {
        refused(postJson("{\"page\": " + value + "}"), "INVALID_FIELD", "page");
    }

    @ParameterizedTest(name = "size {0} is refused with 400 naming size")
    @ValueSource(strings = {"\"10\"", "10.0", "false", "[10]"})
    void size_of_the_wrong_json_type_is_refused_with_400_naming_the_field(String value) throws Exception {
        refused(postJson("{\"size\": " + value + "}"), "INVALID_FIELD", "size");
    }

    @ParameterizedTest(name = "start_time {0} is refused with 400 naming start_time")
    @ValueSource(strings = {"20170701", "1498923803000", "true", "{}", "[\"2017-07-01 00:00:00\"]"})
    void time_of_the_wrong_json_type_is_refused_with_400_naming_the_field(String value) throws Exception {
        refused(postJson("{\"start_time\": " + value + "}"), "INVALID_FIELD", "start_time");
    }

    @ParameterizedTest(name = "page {0} is refused with 400")
    @ValueSource(strings = {"2147483648", "99999999999", "-2147483649", "123456789012345678901234567890"})
    void page_beyond_int_is_refused_with_400_naming_the_field(String value) throws Exception {
        refused(postJson("{\"page\": " + value + "}"), "INVALID_FIELD", "page");
    }

    @Test
    void size_beyond_int_is_refused_with_400_naming_the_field() throws Exception {
        refused(postJson("{\"size\": 10000000000}"), "INVALID_FIELD", "size");
    }

    @Test
    void page_zero_is_refused_with_400() throws Exception {
        refused(postJson("{\"page\": 0}"), "INVALID_PAGE", "page");
    }

    @Test
    void negative_page_is_refused_with_400() throws Exception {
        refused(postJson("{\"page\": -1}"), "INVALID_PAGE", "page");
    }

    @Test
    void size_zero_is_refused_with_400() throws Exception {
        refused(postJson("{\"size\": 0}"), "INVALID_SIZE", "size");
    }

    @Test
    void size_101_is_refused_with_400() throws Exception {
        refused(postJson("{\"size\": 101}"), "INVALID_SIZE", "size");
    }

    @Test
    void negative_size_is_refused_with_400() throws Exception {
        refused(postJson("{\"size\": -10}"), "INVALID_SIZE", "size");
    }

    @Test
    void unknown_field_is_refused_with_400_naming_it() throws Exception {
        refused(postJson("{\"page\": 1, \"pageSize\": 10}"), "UNKNOWN_FIELD", "pageSize");
    }

    @Test
    void camel_case_time_field_is_refused_as_unknown() throws Exception {
        refused(postJson("{\"startTime\": \"2017-07-01 00:00:00\"}"), "UNKNOWN_FIELD", "startTime");
    }

    @Test
    void unknown_field_with_markup_in_its_name_is_refused_without_echoing_it() throws Exception {
        postJson("{\"<img src=x onerror=alert(1)>\": 1}")
                .andExpect(status().isBadRequest())
                .andExpect(errorEnvelope("UNKNOWN_FIELD"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain("<img"));
        verifyUseCaseNeverCalled();
    }

    @ParameterizedTest(name = "start_time \"{0}\" is refused with INVALID_TIME")
    @ValueSource(strings = {"2017-7-1", "2017-07-01", "2017-07-01T23:23:23", "2017-07-01 23:23", "2017/07/01 23:23:23",
            "2017-07-01 23:23:23.000", " 2017-07-01 23:23:23", "2017-07-01 23:23:23 ", "+2017-07-01 23:23:23",
            "12017-07-01 23:23:23", "yesterday", ""})
    void malformed_time_is_refused_with_400_naming_the_field_and_format(String time) throws Exception {
        refused(postJson("{\"start_time\": \"" + time + "\"}"), "INVALID_TIME", "start_time", "yyyy-MM-dd HH:mm:ss");
    }

    @ParameterizedTest(name = "end_time \"{0}\" is refused with INVALID_TIME")
    @ValueSource(strings = {"2017-02-30 00:00:00", "2017-02-29 00:00:00", "2017-13-01 00:00:00", "2017-04-31 12:00:00",
            "2017-07-01 24:00:00", "2017-07-01 23:60:00", "2017-07-01 23:59:60", "0000-00-00 00:00:00"})
    void impossible_time_is_refused_with_400_naming_the_field(String time) throws Exception {
        refused(postJson("{\"end_time\": \"" + time + "\"}"), "INVALID_TIME", "end_time", "yyyy-MM-dd HH:mm:ss");
    }

    @Test
    void end_before_start_is_refused_with_400() throws Exception {
        refused(postJson("""
                {"start_time": "2017-10-30 23:23:23", "end_time": "2017-07-01 23:23:23"}
                """), "INVALID_TIME_RANGE", "end_time");
    }

    @Test
    void text_plain_body_is_refused_with_415() throws Exception {
        mvc.perform(request().contentType(MediaType.TEXT_PLAIN).content("{\"page\": 1}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(header().exists("Accept"))
                .andExpect(errorEnvelope("UNSUPPORTED_MEDIA_TYPE", "application/json"));
        verifyUseCaseNeverCalled();
    }

    @Test
    void form_body_is_refused_with_415() throws Exception {
        mvc.perform(request().contentType(MediaType.APPLICATION_FORM_URLENCODED).content("page=1&size=10"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(errorEnvelope("UNSUPPORTED_MEDIA_TYPE"));
        verifyUseCaseNeverCalled();
    }

    @Test
    void request_without_session_is_refused_with_401_before_the_body_is_read() throws Exception {
        mvc.perform(post(path()).contentType(MediaType.APPLICATION_JSON).content("{\"page\": 0}"))
                .andExpect(status().isUnauthorized())
                .andExpect(errorEnvelope("NOT_SIGNED_IN"));
        verifyUseCaseNeverCalled();
    }

    @Test
    void session_without_user_is_refused_with_401() throws Exception {
        mvc.perform(post(path()).cookie(openIdOnly()).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(errorEnvelope("NOT_SIGNED_IN"));
        verifyUseCaseNeverCalled();
    }

    @Test
    void get_is_refused_with_405() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path()).cookie(signedInAs(USER)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(errorEnvelope("METHOD_NOT_ALLOWED"));
        verifyUseCaseNeverCalled();
    }
}
