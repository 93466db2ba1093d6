package tally.query;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import io.micronaut.http.annotation.Controller;
import java.util.Set;

/**
 * The query module's layout, checked on its classes: the engine, the read models beside one
 * another, live and control on top. Any package {@code tally.query.X} other than the shared
 * ones is a read model, so a new one is held to the rules without being named here. Every rule
 * fails on an empty selection, and {@link QueryArchitectureViolationsTest} shows each one
 * reporting a deliberate violation.
 */
@AnalyzeClasses(packages = "tally.query", importOptions = ImportOption.DoNotIncludeTests.class)
class QueryArchitectureTest {
    private static final String PREFIX = "tally.query.";
    /** The packages beside the read models; every other tally.query.X is one read model. */
    private static final Set<String> SHARED = Set.of("engine", "live", "control", "log");

    /** The read model a class belongs to, or null for the kernel and the shared packages. */
    private static String readModelOf(JavaClass c) {
        String name = c.getPackageName();
        if (!name.startsWith(PREFIX)) {
            return null;
        }
        String first = name.substring(PREFIX.length()).split("\\.", 2)[0];
        return SHARED.contains(first) ? null : first;
    }

    private static final SliceAssignment READ_MODELS = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            String readModel = readModelOf(c);
            return readModel == null ? SliceIdentifier.ignore() : SliceIdentifier.of(readModel);
        }

        @Override
        public String getDescription() {
            return "read models (tally.query.X beside " + SHARED + ")";
        }
    };

    private static final DescribedPredicate<JavaClass> IN_A_READ_MODEL =
            DescribedPredicate.describe("are in a read model", c -> readModelOf(c) != null);

    @ArchTest
    static final ArchRule read_models_do_not_depend_on_each_other = slices()
            .assignedFrom(READ_MODELS)
            .should().notDependOnEachOther()
            .because("each read model lags, fails and is rebuilt on its own (docs/design.md)")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule the_engine_knows_no_read_model_nor_live_nor_control = noClasses()
            .that().resideInAPackage("tally.query.engine..")
            .should().dependOnClassesThat(IN_A_READ_MODEL
                    .or(resideInAnyPackage("tally.query.live..", "tally.query.control..")))
            .because("a read model registers itself as a Projection bean; the live stream is"
                    + " a ChangeFeed")
            .allowEmptyShould(false);

    /**
     * The engine's own packages: its contract ({@code tally.query.engine}: Projection, ChangeFeed,
     * Transactor) at the bottom, the runner on top, and between them what the runner uses
     * (statuses, waits, checkpoints) and the skeleton that keyed read models extend.
     */
    @ArchTest
    static final ArchRule the_engine_packages_depend_downwards_only = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("contract").definedBy("tally.query.engine")
            .layer("runner").definedBy("tally.query.engine.runner..")
            .layer("status").definedBy("tally.query.engine.status..")
            .layer("waits").definedBy("tally.query.engine.waits..")
            .layer("checkpoints").definedBy("tally.query.engine.checkpoints..")
            .layer("keyed").definedBy("tally.query.engine.keyed..")
            .whereLayer("runner").mayNotBeAccessedByAnyLayer()
            .whereLayer("keyed").mayNotBeAccessedByAnyLayer()
            .whereLayer("status").mayOnlyBeAccessedByLayers("runner")
            .whereLayer("waits").mayOnlyBeAccessedByLayers("runner")
            .whereLayer("checkpoints").mayOnlyBeAccessedByLayers("runner")
            .because("each engine package says one role; the runner puts them together")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule nothing_outside_a_read_model_uses_it = noClasses()
            .that().resideInAPackage("tally.query..").and(not(IN_A_READ_MODEL))
            .should().dependOnClassesThat(IN_A_READ_MODEL)
            .because("adding a read model means adding its package, not editing shared ones")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule packages_form_no_cycles = slices()
            .matching("tally.(**)")
            .should().beFreeOfCycles()
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule controllers_are_named_so_and_not_public = classes()
            .that().areAnnotatedWith(Controller.class)
            .should().haveSimpleNameEndingWith("Controller")
            .andShould().notBePublic()
            .because("Micronaut routes to package-private controllers; nothing else calls them")
            .allowEmptyShould(false);
}
