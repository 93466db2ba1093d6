package tally.server;

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
import tally.server.demo.SampleWarehouse;

/**
 * The server's three packages: the composition root ({@code tally.server}) calls down into fast
 * start and demo data, never the other way, and no two of them form a circle. Each rule is
 * shown failing on a test-only fixture, {@code DemoDataCallingUpFixture}.
 */
@AnalyzeClasses(packages = "tally.server", importOptions = ImportOption.DoNotIncludeTests.class)
class ServerPackagesTest {
    private static final String FIXTURE = "tally.server.demo.DemoDataCallingUpFixture";

    /** The root and each package below it, one slice each; whatever is outside is left out. */
    private static final SliceAssignment SERVER_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass type) {
            String name = type.getPackageName();
            if (name.equals("tally.server")) {
                return SliceIdentifier.of("root");
            }
            if (name.startsWith("tally.server.")) {
                return SliceIdentifier.of(name.substring("tally.server.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "the server's packages";
        }
    };

    @ArchTest
    static final ArchRule the_servers_packages_form_no_circle =
            slices().assignedFrom(SERVER_PACKAGES).should().beFreeOfCycles();

    @ArchTest
    static final ArchRule fast_start_and_demo_data_never_call_up_into_the_root = noClasses()
            .that().resideInAnyPackage("tally.server.faststart..", "tally.server.demo..")
            .should().dependOnClassesThat().resideInAPackage("tally.server");

    @Test
    void both_rules_report_demo_data_that_calls_up_into_the_root() throws Exception {
        var classes = new ClassFileImporter().importClasses(Class.forName(FIXTURE),
                Launcher.class, TallyServer.class, SampleWarehouse.class);
        assertThat(the_servers_packages_form_no_circle.evaluate(classes).hasViolation()).isTrue();
        assertThat(fast_start_and_demo_data_never_call_up_into_the_root.evaluate(classes)
                .hasViolation()).isTrue();
    }

    @Test
    void without_the_fixture_neither_rule_finds_anything_in_those_classes() {
        var classes = new ClassFileImporter().importClasses(Launcher.class, TallyServer.class,
                SampleWarehouse.class);
        assertThat(the_servers_packages_form_no_circle.evaluate(classes).hasViolation()).isFalse();
        assertThat(fast_start_and_demo_data_never_call_up_into_the_root.evaluate(classes)
                .hasViolation()).isFalse();
    }
}
