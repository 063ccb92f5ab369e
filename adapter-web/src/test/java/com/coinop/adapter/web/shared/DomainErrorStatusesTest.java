package com.coinop.adapter.web.shared;

import com.coinop.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every concrete {@link DomainException} of the domain and the application (ArchitectureTest keeps them
 * there) has a status decided in {@link DomainErrorStatuses}: adding an exception without deciding its
 * status fails here, instead of reaching the page as whatever a default would say.
 */
class DomainErrorStatusesTest {

    @Test
    void every_domain_exception_has_a_status() {
        List<String> thrown = domainExceptions();

        assertThat(thrown).as("the scan must see the domain's and the application's exceptions")
                .contains("com.coinop.domain.shared.InvalidValueException",
                        "com.coinop.application.signin.port.in.CaptchaFailedException");
        assertThat(thrown).allSatisfy(name -> assertThat(DomainErrorStatuses.isMapped(Class.forName(name)))
                .as("%s has an HTTP status in DomainErrorStatuses", name).isTrue());
    }

    @Test
    void a_subclass_does_not_inherit_its_parents_status() {
        class Unforeseen extends com.coinop.domain.shared.InvalidValueException {
            Unforeseen() {
                super("UNFORESEEN", "unforeseen");
            }
        }

        assertThat(DomainErrorStatuses.of(new Unforeseen())).isEmpty();
    }

    private static List<String> domainExceptions() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainException.class));
        return scanner.findCandidateComponents("com.coinop").stream()
                .map(BeanDefinition::getBeanClassName)
                // test code of this module (its own test exceptions) is not the application's
                .filter(name -> !name.startsWith("com.coinop.adapter.web"))
                .sorted()
                .toList();
    }
}
