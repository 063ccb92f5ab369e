package com.coinop.bootstrap;

import com.coinop.domain.shared.DomainException;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of DESIGN.md "Modules", over the production classes of every module. A rule that
 * matches no class fails (archunit.properties), so a renamed package cannot make a rule vacuous.
 */
@AnalyzeClasses(packages = "com.coinop", importOptions = ArchitectureTest.ProductionClassesOnly.class)
class ArchitectureTest {

    /** Leaves out test classes, whether a module's own (test-classes) or another's (its -tests.jar). */
    static final class ProductionClassesOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.contains("-tests.jar");
        }
    }


    private static final String DOMAIN = "com.coinop.domain..";
    private static final String APPLICATION = "com.coinop.application..";
    private static final String WEB = "com.coinop.adapter.web..";
    private static final String PERSISTENCE = "com.coinop.adapter.persistence..";
    private static final String WECHAT = "com.coinop.adapter.wechat..";
    private static final String CAPTCHA = "com.coinop.adapter.captcha..";
    private static final String BOOTSTRAP = "com.coinop.bootstrap..";
    private static final String PORT_IN = "com.coinop.application.*.port.in..";
    private static final String PORT_OUT = "com.coinop.application.*.port.out..";
    private static final String SERVICE = "com.coinop.application.*.service..";

    @ArchTest
    static final ArchRule dependencies_point_inward = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("com.coinop..")
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Web").definedBy(WEB)
            .layer("Persistence").definedBy(PERSISTENCE)
            .layer("Wechat").definedBy(WECHAT)
            .layer("Captcha").definedBy(CAPTCHA)
            .layer("Bootstrap").definedBy(BOOTSTRAP)
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Web").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Wechat").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Captcha").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Web", "Persistence", "Wechat", "Captcha", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Web", "Persistence", "Wechat", "Captcha",
                    "Bootstrap");

    @ArchTest
    static final ArchRule adapters_do_not_depend_on_each_other = slices()
            .matching("com.coinop.adapter.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule domain_uses_nothing_but_the_jdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..");

    @ArchTest
    static final ArchRule application_uses_nothing_but_the_domain_and_the_jdk = classes()
            .that().resideInAPackage(APPLICATION)
            // javax.crypto is the JDK's own (HMAC of sign-in codes)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "javax.crypto..");

    @ArchTest
    static final ArchRule domain_and_application_import_no_framework = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.ibatis..",
                    "org.mybatis..", "org.redisson..", "me.chanjar..", "com.github.binarywang..", "org.mapstruct..",
                    "com.fasterxml..", "tools.jackson..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule rows_never_leave_the_persistence_adapter = classes()
            .that().resideInAPackage(PERSISTENCE).and().haveSimpleNameEndingWith("DO")
            .should().onlyBeAccessed().byAnyPackage(PERSISTENCE)
            .andShould().notBePublic();

    /* One predicate, not that().and().or(): ArchUnit reads "A and B or C" as "(A and B) or C". */
    @ArchTest
    static final ArchRule json_dtos_never_leave_the_web_adapter = classes()
            .that(describe("JSON request and response records of the web adapter",
                    type -> type.getPackageName().startsWith("com.coinop.adapter.web")
                            && (type.getSimpleName().endsWith("Request") || type.getSimpleName().endsWith("Response"))))
            .should().onlyBeAccessed().byAnyPackage(WEB);

    /** Every application class sits in a capability, then in its role: {@code application.recharge.port.in}. */
    @ArchTest
    static final ArchRule application_classes_sit_in_a_capability_and_a_role = classes()
            .that().resideInAPackage(APPLICATION)
            .should().resideInAnyPackage(PORT_IN, PORT_OUT, SERVICE);

    @ArchTest
    static final ArchRule incoming_ports_are_use_cases = classes()
            .that().resideInAPackage(PORT_IN).and().areInterfaces()
            .should().haveSimpleNameEndingWith("UseCase");

    @ArchTest
    static final ArchRule each_service_implements_a_use_case_of_its_capability = classes()
            .that().resideInAPackage(SERVICE)
            .and().haveSimpleNameEndingWith("Service")
            .should(implementAUseCaseOfTheirCapability());

    @ArchTest
    static final ArchRule outgoing_ports_are_named_port = classes()
            .that().resideInAPackage(PORT_OUT).and().areInterfaces()
            .should().haveSimpleNameEndingWith("Port");

    /** A capability uses another one's ports, never its services. */
    @ArchTest
    static final ArchRule services_of_one_capability_do_not_reach_into_another = slices()
            .matching("com.coinop.application.(*).service..")
            .should().notDependOnEachOther();

    /** Adapters plug into ports: a service is the application's own business. */
    @ArchTest
    static final ArchRule adapters_use_the_application_through_its_ports_only = noClasses()
            .that().resideInAPackage("com.coinop.adapter..")
            .should().dependOnClassesThat().resideInAPackage(SERVICE);

    /** So the web adapter's check that each one has an HTTP status (DomainErrorStatusesTest) sees them all. */
    @ArchTest
    static final ArchRule domain_exceptions_are_the_domains_and_the_applications = classes()
            .that().areAssignableTo(DomainException.class)
            .should().resideInAnyPackage(DOMAIN, APPLICATION);

    @ArchTest
    static final ArchRule mybatis_mappers_are_named_mapper = classes()
            .that().areAnnotatedWith(org.apache.ibatis.annotations.Mapper.class)
            .should().haveSimpleNameEndingWith("Mapper")
            .andShould().resideInAPackage(PERSISTENCE);

    /** Not {@code *RowMapper}: that is Spring's JDBC callback, which these are not. */
    @ArchTest
    static final ArchRule mapstruct_converters_are_named_converter = classes()
            .that().areAnnotatedWith(org.mapstruct.Mapper.class)
            .should().haveSimpleNameEndingWith("Converter");

    @ArchTest
    static final ArchRule a_tables_row_mapper_and_converter_sit_together = classes()
            .that().resideInAPackage(PERSISTENCE).and().haveSimpleNameEndingWith("DO")
            .should(haveTheirMapperAndConverterBesideThem());

    @ArchTest
    static final ArchRule only_the_bootstrap_is_a_spring_boot_application = classes()
            .that().areAnnotatedWith(SpringBootApplication.class)
            .should().resideInAPackage(BOOTSTRAP);

    private static ArchCondition<JavaClass> implementAUseCaseOfTheirCapability() {
        return new ArchCondition<>("implement a use case of their own capability's port.in") {
            @Override
            public void check(JavaClass service, ConditionEvents events) {
                String portIn = capabilityOf(service) + ".port.in";
                boolean implementsOne = service.getAllRawInterfaces().stream()
                        .anyMatch(type -> type.getPackageName().equals(portIn) && type.getSimpleName().endsWith("UseCase"));
                events.add(new SimpleConditionEvent(service, implementsOne,
                        service.getName() + (implementsOne ? " implements " : " implements no use case of ") + portIn));
            }
        };
    }

    /** {@code com.coinop.application.recharge} of {@code com.coinop.application.recharge.service.X}. */
    private static String capabilityOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return String.join(".", parts[0], parts[1], parts[2], parts[3]);
    }

    private static ArchCondition<JavaClass> haveTheirMapperAndConverterBesideThem() {
        return new ArchCondition<>("have their MyBatis mapper and their converter in their package") {
            @Override
            public void check(JavaClass row, ConditionEvents events) {
                String table = row.getSimpleName().substring(0, row.getSimpleName().length() - "DO".length());
                for (String companion : List.of(table + "Mapper", table + "Converter")) {
                    boolean beside = row.getPackage().getClasses().stream()
                            .anyMatch(type -> type.getSimpleName().equals(companion));
                    events.add(new SimpleConditionEvent(row, beside,
                            row.getName() + (beside ? " has " : " has no ") + companion + " beside it"));
                }
            }
        };
    }
}
