package tally.eventstore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;
import tally.eventstore.codec.CodecFixtureUsingAnEngine;
import tally.eventstore.h2.H2EventStore;
import tally.eventstore.h2.journal.JournalFixtureUsingTheEngine;
import tally.eventstore.postgres.PostgresEventStore;

/**
 * The store's own layers, checked on its main classes: the API knows no engine, the journal
 * knows nothing of the engine that writes it, what both engines share (codec, copy, groupcommit)
 * knows neither, and no class imports a class that uses it back (so a lower-level class never
 * reaches up to the one that drives it). Each rule is also run on
 * a test-only fixture that breaks it, so that it is shown able to fail.
 */
@AnalyzeClasses(packages = "tally.eventstore", importOptions = ImportOption.DoNotIncludeTests.class)
class EventStoreLayersTest {

    /** Each top-level class with its nested ones: one slice, so a class cycle is a slice cycle. */
    private static final SliceAssignment TOP_LEVEL_CLASSES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            if (!c.getPackageName().startsWith("tally.eventstore")) {
                return SliceIdentifier.ignore();
            }
            String name = c.getName();
            int nested = name.indexOf('$');
            return SliceIdentifier.of(nested < 0 ? name : name.substring(0, nested));
        }

        @Override
        public String getDescription() {
            return "the event store's top-level classes";
        }
    };

    @ArchTest
    static final ArchRule the_api_knows_no_engine = noClasses()
            .that().resideInAPackage("tally.eventstore")
            .should().dependOnClassesThat().resideInAPackage("tally.eventstore.*..")
            .because("every engine (h2 today, postgres next) is one way to keep the log behind"
                    + " the same API")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule the_journal_knows_nothing_of_the_engine_that_writes_it = noClasses()
            .that().resideInAPackage("tally.eventstore.h2.journal..")
            .should().dependOnClassesThat().resideInAPackage("tally.eventstore.h2")
            .because("the engine drives the journal; an arrow back would make the two one knot")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule what_the_engines_share_knows_no_engine = noClasses()
            .that().resideInAnyPackage("tally.eventstore.codec..", "tally.eventstore.copy..",
                    "tally.eventstore.groupcommit..")
            .should().dependOnClassesThat().resideInAnyPackage("tally.eventstore.h2..",
                    "tally.eventstore.postgres..")
            .because("both engines use these; an arrow back to one would tie the other to it")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule no_class_imports_a_class_that_imports_it_back = slices()
            .assignedFrom(TOP_LEVEL_CLASSES)
            .should().beFreeOfCycles()
            .allowEmptyShould(false);

    /** Fixture: an API class that reaches into the H2 engine. */
    static final class ApiClassUsingTheEngine {
        H2EventStore engine;
    }

    /** Fixture: two API classes that import each other. */
    static final class DriverFixture {
        DrivenFixture driven = new DrivenFixture();
    }

    @Test
    void the_api_rule_reports_an_api_class_that_uses_the_engine() {
        assertThat(the_api_knows_no_engine.evaluate(new ClassFileImporter()
                .importClasses(ApiClassUsingTheEngine.class, H2EventStore.class))
                .hasViolation()).isTrue();
    }

    @Test
    void the_journal_rule_reports_a_journal_class_that_uses_the_engine() {
        assertThat(the_journal_knows_nothing_of_the_engine_that_writes_it.evaluate(
                new ClassFileImporter().importClasses(JournalFixtureUsingTheEngine.class,
                        H2EventStore.class)).hasViolation()).isTrue();
    }

    @Test
    void the_shared_rule_reports_a_shared_class_that_uses_an_engine() {
        assertThat(what_the_engines_share_knows_no_engine.evaluate(new ClassFileImporter()
                .importClasses(CodecFixtureUsingAnEngine.class, PostgresEventStore.class))
                .hasViolation()).isTrue();
    }

    @Test
    void the_cycle_rule_reports_a_driven_class_that_imports_its_driver() {
        assertThat(no_class_imports_a_class_that_imports_it_back.evaluate(new ClassFileImporter()
                .importClasses(DriverFixture.class, DrivenFixture.class)).hasViolation()).isTrue();
    }
}

/** Fixture: a lower-level class that imports the one that drives it. */
final class DrivenFixture {
    EventStoreLayersTest.DriverFixture backUp;
}
