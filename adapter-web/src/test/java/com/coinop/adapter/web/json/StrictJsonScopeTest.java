package com.coinop.adapter.web.json;

import com.coinop.adapter.web.WebMvcTestSupport;
import com.coinop.adapter.web.health.HealthController;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Strict reading is limited to this API's request bodies; the application's mapper is left as Boot made it. */
@WebMvcTest(HealthController.class)
class StrictJsonScopeTest extends WebMvcTestSupport {

    /** A body other adapters might read with the application's mapper. */
    record Notification(String id, int amount) {
    }

    @Autowired
    JsonMapper applicationMapper;

    @Test
    void the_applications_own_mapper_stays_lenient_for_other_adapters() {
        Notification read = applicationMapper.readValue("{\"id\": \"n1\", \"amount\": \"12\", \"new_field\": true}",
                Notification.class);

        assertThat(read).isEqualTo(new Notification("n1", 12));
    }

    @Test
    void the_strict_copy_keeps_the_applications_modules_but_refuses_guesses() {
        JsonMapper strict = StrictJsonBodyConverter.strict(applicationMapper);

        assertThat(strict.registeredModules()).hasSameSizeAs(applicationMapper.registeredModules());
        assertThat(strict.isEnabled(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)).isTrue();
        assertThat(strict.isEnabled(tools.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT)).isFalse();
    }
}
