package com.coinop.bootstrap;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationListener;

import java.util.List;

/**
 * Stops start-up before any bean is made (so before anything connects anywhere) when the active
 * profile lacks a required setting. It listens for the prepared context rather than post-processing
 * the environment, so settings added by context initializers count too.
 */
public class RequiredSettingsCheck implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        List<String> problems = RequiredSettings.problems(event.getApplicationContext().getEnvironment());
        if (!problems.isEmpty()) {
            throw new MissingSettingsException(problems);
        }
    }
}
