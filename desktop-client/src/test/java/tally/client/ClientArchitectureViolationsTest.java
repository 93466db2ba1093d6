package tally.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.net.http.HttpClient;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import tally.client.pretend.one.PretendLeft;
import tally.client.pretend.two.PretendRight;

/**
 * Each rule of {@link ClientArchitectureTest} reports a deliberate violation made of test-only
 * classes, so none of them can pass by checking nothing. The rule against server code has no
 * fixture: the console's build has no server class on its classpath to misuse, which is the
 * first guard; the rule is the second, for the day a dependency brings one in.
 */
class ClientArchitectureViolationsTest {

    /**
     * What the rule reports on these classes. Read, not just counted: a rule that must not be
     * empty also "fails" on classes it does not select, which would prove nothing.
     */
    private static String reports(ArchRule rule, Class<?>... fixtures) {
        return String.join("\n", rule.evaluate(new ClassFileImporter().importClasses(fixtures))
                .getFailureReport().getDetails());
    }

    /** A view model that makes its own Node. */
    static final class PretendViewModel {
        final Label label = new Label("made in the wrong place");
    }

    /** A view that calls the server itself. */
    static final class PretendView {
        final HttpClient http = HttpClient.newHttpClient();
    }

    @Test
    void a_view_model_holding_a_node_is_reported() {
        assertThat(reports(ClientArchitectureTest.view_models_hold_no_nodes,
                PretendViewModel.class)).contains("javafx.scene.control.Label");
    }

    @Test
    void a_view_doing_http_is_reported() {
        assertThat(reports(ClientArchitectureTest.views_do_no_http, PretendView.class))
                .contains("java.net.http.HttpClient");
    }

    @Test
    void the_http_client_touching_javafx_is_reported() {
        assertThat(reports(ClientArchitectureTest.the_http_client_knows_no_javafx,
                tally.client.api.PretendFxCall.class)).contains("javafx.application.Platform");
    }

    @Test
    void two_packages_using_each_other_are_reported() {
        assertThat(reports(ClientArchitectureTest.packages_form_no_cycles,
                PretendLeft.class, PretendRight.class)).contains("Cycle detected");
    }
}
