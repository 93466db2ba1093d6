package tally.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tally.allocation.archfixture.AllocationReadingAReadModel;
import tally.allocation.archfixture.AllocationUsingTheWriter;
import tally.command.archfixture.CommandAskingForRolesFixture;
import tally.eventstore.h2.H2EventStore;
import tally.query.archfixture.QueryUsingTheAllocation;
import tally.server.archfixture.PackageCycleFixture;
import tally.server.archfixture.cycle.OtherHalfOfTheCycle;
import tally.users.archfixture.UsersReadingTheLogFixture;

/**
 * The arrows of docs/design.md, checked on the main classes of every module (the enforcer
 * checks the poms). The older rules were seen failing once on a deliberate violation before
 * they were trusted; the rules below them are run on test-only fixtures that break them, at the
 * end of this class, so that each stays shown able to fail.
 */
@AnalyzeClasses(packages = "tally", importOptions = {ImportOption.DoNotIncludeTests.class,
        ModuleArrowsTest.DoNotIncludeTestJars.class})
class ModuleArrowsTest {

    /** The event store's test-jar (TestStores, fixtures) is test code too, though in a jar. */
    static final class DoNotIncludeTestJars implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar.*");

        @Override
        public boolean includes(Location location) {
            return !location.matches(TEST_JAR);
        }
    }

    @ArchTest
    static final ArchRule command_side_never_uses_the_query_side = noClasses()
            .that().resideInAPackage("tally.command..")
            .should().dependOnClassesThat().resideInAPackage("tally.query..");

    @ArchTest
    static final ArchRule query_side_never_uses_the_command_side = noClasses()
            .that().resideInAPackage("tally.query..")
            .should().dependOnClassesThat().resideInAPackage("tally.command..");

    @ArchTest
    static final ArchRule the_allocation_never_uses_the_query_side_or_users = noClasses()
            .that().resideInAPackage("tally.allocation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tally.query..", "tally.users..", "tally.server..", "tally.client..")
            .because("the allocation reads the log itself and decides nothing on a read model");

    @ArchTest
    static final ArchRule the_allocation_uses_the_command_module_only_through_its_entry_point =
            noClasses().that().resideInAPackage("tally.allocation..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "tally.command.writer..", "tally.command.web..")
                    .because("its commands go through CommandGateway, the same writer and rules"
                            + " as an operator's");

    @ArchTest
    static final ArchRule only_the_server_uses_the_allocation = noClasses()
            .that().resideOutsideOfPackages("tally.allocation..", "tally.server..")
            .should().dependOnClassesThat().resideInAPackage("tally.allocation..")
            .because("the query side sees it only as a LogFollower, from the store's API");

    @ArchTest
    static final ArchRule the_client_uses_no_server_module = noClasses()
            .that().resideInAPackage("tally.client..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tally.events..", "tally.eventstore..", "tally.command..", "tally.query..",
                    "tally.allocation..", "tally.users..", "tally.server..", "io.micronaut..");

    @ArchTest
    static final ArchRule users_know_nothing_of_stock = noClasses()
            .that().resideInAPackage("tally.users..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tally.events..", "tally.eventstore..", "tally.command..", "tally.query..",
                    "tally.server..", "tally.client..")
            .because("who may do what is decided before a command or query is reached, by the"
                    + " role table; the users module serves any module above it")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule nothing_below_the_server_knows_users_or_security = noClasses()
            .that().resideInAnyPackage("tally.events..", "tally.eventstore..",
                    "tally.command..", "tally.query..", "tally.allocation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tally.users..", "io.micronaut.security..")
            .because("the role table checks every request before it reaches a controller; a"
                    + " command learns its user only as core Micronaut's principal")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule events_use_nothing_but_the_jdk = noClasses()
            .that().resideInAPackage("tally.events..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tally.eventstore..", "tally.command..", "tally.query..", "tally.server..",
                    "tally.allocation..", "io.micronaut..", "com.fasterxml..", "com.google..",
                    "org.h2..");

    @ArchTest
    static final ArchRule the_event_store_knows_no_module_above_it = noClasses()
            .that().resideInAPackage("tally.eventstore..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "tally.command..", "tally.query..", "tally.allocation..", "tally.server..",
                    "io.micronaut..");

    @ArchTest
    static final ArchRule the_domain_imports_no_framework = noClasses()
            .that().resideInAPackage("tally.command.domain..")
            .should().dependOnClassesThat().resideOutsideOfPackages(
                    "java..", "tally.events..", "tally.command.domain..");

    @ArchTest
    static final ArchRule only_the_factory_uses_an_engine = noClasses()
            .that().resideOutsideOfPackage("tally.eventstore..")
            .and().doNotHaveFullyQualifiedName("tally.server.EventStoreFactory")
            .should().dependOnClassesThat().resideInAPackage("tally.eventstore.*..")
            .because("every module works on the log through tally.eventstore's API, so that"
                    + " an engine can be changed in one place: the factory that opens it")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule controllers_are_named_so_and_not_public = classes()
            .that().areAnnotatedWith(Controller.class)
            .should().haveSimpleNameEndingWith("Controller")
            .andShould().notBePublic()
            .because("Micronaut's bean definitions sit in the controller's package, so nobody"
                    + " else needs to see it")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule packages_form_no_cycles = slices()
            .matching("tally.(**)")
            .should().beFreeOfCycles()
            .allowEmptyShould(false);

    /** Fixture: a class of the server, not the factory, that opens the H2 engine itself. */
    static final class ServerClassUsingTheEngine {
        H2EventStore engine;
    }

    /** Fixture: a controller others could see; never loaded as a bean. */
    @Controller("/arch-fixture/public")
    @Requires(property = "tally.arch-fixture")
    public static final class PublicFixtureController {
    }

    /** Fixture: a controller not named as one; never loaded as a bean. */
    @Controller("/arch-fixture/misnamed")
    @Requires(property = "tally.arch-fixture")
    static final class MisnamedFixtureEndpoint {
    }

    @Test
    void the_engine_rule_reports_a_class_outside_the_store_that_uses_the_engine() {
        assertThat(only_the_factory_uses_an_engine.evaluate(new ClassFileImporter()
                .importClasses(ServerClassUsingTheEngine.class, H2EventStore.class))
                .hasViolation()).isTrue();
    }

    @Test
    void the_controller_rule_reports_a_public_controller_and_a_misnamed_one() {
        assertThat(controllers_are_named_so_and_not_public.evaluate(new ClassFileImporter()
                .importClasses(PublicFixtureController.class)).hasViolation()).isTrue();
        assertThat(controllers_are_named_so_and_not_public.evaluate(new ClassFileImporter()
                .importClasses(MisnamedFixtureEndpoint.class)).hasViolation()).isTrue();
    }

    @Test
    void the_allocation_rules_report_a_read_model_used_the_writer_used_and_the_allocation_used() {
        assertThat(the_allocation_never_uses_the_query_side_or_users.evaluate(
                new ClassFileImporter().importClasses(AllocationReadingAReadModel.class))
                .hasViolation()).isTrue();
        assertThat(the_allocation_uses_the_command_module_only_through_its_entry_point.evaluate(
                new ClassFileImporter().importClasses(AllocationUsingTheWriter.class))
                .hasViolation()).isTrue();
        assertThat(only_the_server_uses_the_allocation.evaluate(
                new ClassFileImporter().importClasses(QueryUsingTheAllocation.class))
                .hasViolation()).isTrue();
    }

    @Test
    void the_users_rules_report_users_reading_the_log_and_commands_judging_roles() {
        assertThat(users_know_nothing_of_stock.evaluate(new ClassFileImporter()
                .importClasses(UsersReadingTheLogFixture.class)).hasViolation()).isTrue();
        assertThat(nothing_below_the_server_knows_users_or_security.evaluate(
                new ClassFileImporter().importClasses(CommandAskingForRolesFixture.class))
                .hasViolation()).isTrue();
    }

    @Test
    void the_cycle_rule_reports_two_packages_that_import_each_other() {
        assertThat(packages_form_no_cycles.evaluate(new ClassFileImporter()
                .importClasses(PackageCycleFixture.class, OtherHalfOfTheCycle.class))
                .hasViolation()).isTrue();
    }
}
