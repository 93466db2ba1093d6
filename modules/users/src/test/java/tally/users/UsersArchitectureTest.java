package tally.users;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The users module's core ({@code tally.users}) is plain Java with a password hasher: the
 * framework stays in {@code web} and {@code access}, the store's engine in {@code h2}, so that a
 * command line tool or another engine can use the core as it is. Shown failing on a fixture.
 */
@AnalyzeClasses(packages = "tally.users", importOptions = ImportOption.DoNotIncludeTests.class)
class UsersArchitectureTest {

    @ArchTest
    static final ArchRule the_core_uses_no_framework_and_no_engine = classes()
            .that().resideInAPackage("tally.users")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "tally.users",
                    "org.springframework.security.crypto..")
            .allowEmptyShould(false);

    @Test
    void the_rule_reports_a_core_class_that_reaches_for_the_framework() {
        assertThat(the_core_uses_no_framework_and_no_engine.evaluate(new ClassFileImporter()
                .importClasses(CoreUsingTheFrameworkFixture.class)).hasViolation()).isTrue();
    }
}
