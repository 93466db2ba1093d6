package tally.client;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.RECORDS;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import javafx.scene.Node;

/**
 * The console's layering, checked on its classes: the View + ViewModel split, HTTP only
 * behind the api, no server code, no package cycles. Every rule fails when its selection is
 * empty, so that a rename cannot make it pass by checking nothing. Each was seen failing once
 * on a deliberate violation before it was trusted.
 */
@AnalyzeClasses(packages = "tally.client", importOptions = ImportOption.DoNotIncludeTests.class)
class ClientArchitectureTest {
    /** A ViewModel, with its nested and anonymous classes. */
    private static final DescribedPredicate<JavaClass> VIEW_MODELS =
            nameMatching(".*ViewModel(\\$.*)?").<JavaClass>forSubtype().as("view models");

    /** A View, its nested classes, and every Node of the console's own, e.g. a card of one. */
    private static final DescribedPredicate<JavaClass> VIEWS =
            nameMatching(".*View(\\$.*)?").<JavaClass>forSubtype().or(assignableTo(Node.class))
                    .as("views");

    /** The api's records are the wire's data and may be shown; the rest of it makes calls. */
    private static final DescribedPredicate<JavaClass> HTTP =
            resideInAPackage("java.net.http..")
                    .or(resideInAPackage("tally.client.api").and(not(RECORDS)))
                    .as("do HTTP (java.net.http, or tally.client.api beyond its records)");

    @ArchTest
    static final ArchRule view_models_hold_no_nodes = noClasses()
            .that(VIEW_MODELS)
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a ViewModel offers properties and lists; its View makes the Nodes")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule views_do_no_http = noClasses()
            .that(VIEWS)
            .should().dependOnClassesThat(HTTP)
            .because("a View binds to its ViewModel, which calls the server off the FX thread")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule the_http_client_knows_no_javafx = noClasses()
            .that().resideInAPackage("tally.client.api..")
            .should().dependOnClassesThat().resideInAPackage("javafx..")
            .because("its calls block and run on background threads, its messages on a reader's")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule the_client_uses_no_server_code = noClasses()
            .that().resideInAPackage("tally.client..")
            .should().dependOnClassesThat().resideInAnyPackage("tally.command..",
                    "tally.query..", "tally.eventstore..", "tally.server..", "tally.events..",
                    "io.micronaut..")
            .because("the console talks to the server over HTTP only (docs/design.md, Shape)")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule packages_form_no_cycles = slices()
            .matching("tally.(**)")
            .should().beFreeOfCycles()
            .allowEmptyShould(false);
}
