package tally.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The arrows of DESIGN.md, checked on the classes themselves (the enforcer checks the poms).
 * Each rule was seen failing once on a deliberate violation before it was trusted.
 */
@AnalyzeClasses(packages = "tally", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArrowsTest {

    @ArchTest
    static final ArchRule command_side_never_uses_the_query_side = noClasses()
            .that().resideInAPackage("tally.command..")
            .should().dependOnClassesThat().resideInAPackage("tally.query..");

    @ArchTest
    static final ArchRule query_side_never_uses_the_command_side = noClasses()
            .that().resideInAPackage("tally.query..")
            .should().dependOnClassesThat().resideInAPackage("tally.command..");

    @ArchTest
    static final ArchRule the_client_uses_no_server_module = noClasses()
            .that().resideInAPackage("tally.client..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tally.events..", "tally.eventstore..", "tally.command..", "tally.query..",
                    "tally.server..", "io.micronaut..");

    @ArchTest
    static final ArchRule events_use_nothing_but_the_jdk = noClasses()
            .that().resideInAPackage("tally.events..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tally.eventstore..", "tally.command..", "tally.query..", "tally.server..",
                    "io.micronaut..", "com.fasterxml..", "com.google..", "org.h2..");

    @ArchTest
    static final ArchRule the_event_store_knows_no_module_above_it = noClasses()
            .that().resideInAPackage("tally.eventstore..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tally.command..", "tally.query..", "tally.server..", "io.micronaut..");

    @ArchTest
    static final ArchRule the_domain_imports_no_framework = noClasses()
            .that().resideInAPackage("tally.command.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages(
                    "java..", "tally.events..", "tally.command.domain..");
}
