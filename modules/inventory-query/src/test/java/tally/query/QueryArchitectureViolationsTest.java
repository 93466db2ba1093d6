package tally.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import tally.query.engine.EngineKnowingAReadModel;
import tally.query.engine.runner.ReadModelSupervisor;
import tally.query.engine.waits.WaitsKnowingTheRunner;
import tally.query.invoices.PretendInvoices;
import tally.query.live.PublicStreamEndpoint;
import tally.query.orders.PretendOrders;

/**
 * Each rule of {@link QueryArchitectureTest} reports a deliberate violation: test-only classes
 * in pretend read models ({@code orders}, {@code invoices}, named nowhere in the rules), in the
 * engine and in live. A rule that cannot fail would pass by checking nothing.
 */
class QueryArchitectureViolationsTest {

    private static boolean reports(ArchRule rule, Class<?>... fixtures) {
        return rule.evaluate(new ClassFileImporter().importClasses(fixtures)).hasViolation();
    }

    @Test
    void a_read_model_using_another_is_reported_even_one_the_rules_never_named() {
        assertThat(reports(QueryArchitectureTest.read_models_do_not_depend_on_each_other,
                PretendOrders.class, PretendInvoices.class)).isTrue();
    }

    @Test
    void the_engine_using_a_read_model_is_reported() {
        ArchRule rule = QueryArchitectureTest.the_engine_knows_no_read_model_nor_live_nor_control;
        assertThat(reports(rule, EngineKnowingAReadModel.class, PretendOrders.class)).isTrue();
    }

    @Test
    void an_engine_package_reaching_up_to_the_runner_is_reported() {
        assertThat(reports(QueryArchitectureTest.the_engine_packages_depend_downwards_only,
                WaitsKnowingTheRunner.class, ReadModelSupervisor.class)).isTrue();
    }

    @Test
    void a_shared_package_using_a_read_model_is_reported() {
        assertThat(reports(QueryArchitectureTest.nothing_outside_a_read_model_uses_it,
                EngineKnowingAReadModel.class, PretendOrders.class)).isTrue();
    }

    @Test
    void two_packages_using_each_other_are_reported() {
        assertThat(reports(QueryArchitectureTest.packages_form_no_cycles,
                PretendOrders.class, PretendInvoices.class)).isTrue();
    }

    @Test
    void a_public_controller_named_otherwise_is_reported() {
        assertThat(reports(QueryArchitectureTest.controllers_are_named_so_and_not_public,
                PublicStreamEndpoint.class)).isTrue();
    }
}
