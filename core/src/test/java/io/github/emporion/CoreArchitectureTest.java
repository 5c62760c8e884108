package io.github.emporion;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Core stays pure: it depends on the JDK, the money API, Moneta, slf4j and JSpecify only. */
class CoreArchitectureTest {

    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.emporion");

    @Test
    void core_dependsOnlyOnJdkMoneyAndLogging() {
        ArchRule rule = classes()
                .that()
                .resideInAPackage("io.github.emporion..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "java..",
                        "javax.money..",
                        "org.javamoney.moneta..",
                        "org.slf4j..",
                        "org.jspecify.annotations..",
                        "io.github.emporion.aggregate..",
                        "io.github.emporion.money..",
                        "io.github.emporion.commerce..",
                        "io.github.emporion.marketing..");
        rule.check(CORE);
    }

    @Test
    void core_neverReachesMetricsJacksonOrCli() {
        ArchRule rule = classes()
                .that()
                .resideInAPackage("io.github.emporion..")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackages(
                        "io.github.emporion.metrics..",
                        "io.github.emporion.jackson..",
                        "io.github.emporion.cli..",
                        "com.fasterxml..");
        rule.check(CORE);
    }

    @Test
    void core_isNotEmpty() {
        // Guards the two rules above against passing vacuously on an empty import.
        org.assertj.core.api.Assertions.assertThat(CORE.size()).isPositive();
    }
}
