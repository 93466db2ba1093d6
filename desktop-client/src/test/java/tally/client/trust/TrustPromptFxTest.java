package tally.client.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.testing.InlineUiExecutor;
import tally.client.trust.TrustPromptViewModel.Outcome;

/** The trust prompt's view, headless: what the operator sees, clicks and types. */
@ExtendWith(ApplicationExtension.class)
class TrustPromptFxTest {
    private static final URI SERVER = URI.create("https://stores-pc:8443");
    private static final String PRINT = "62:04:CF:5C:CB:2D:60:96:DF:B9:68:01:8C:CD:EB:6D:46:AE:09"
            + ":B5:20:B5:F6:88:77:76:47:BA:F6:4A:B7:F1";

    @TempDir
    Path home;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("the prompt comes here"), 700, 420));
        stage.show();
    }

    private TrustPromptViewModel show(FxRobot robot, KnownServers known) {
        var prompt = new TrustPromptViewModel(SERVER, known, new InlineUiExecutor(), s -> {
            var trusted = known.fingerprintOf("stores-pc:8443");
            return trusted.isEmpty() ? new TrustCheck.UnknownCertificate("stores-pc:8443", PRINT)
                    : new TrustCheck.ChangedCertificate("stores-pc:8443", trusted.get(), PRINT,
                    known.file());
        });
        robot.interact(() -> {
            stage.getScene().setRoot(new TrustPromptView(prompt).root());
            prompt.check();
        });
        return prompt;
    }

    private static boolean shown(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node.isVisible() && node.isManaged();
    }

    @Test
    void the_question_shows_the_fingerprint_and_a_click_trusts_and_remembers_it(FxRobot robot) {
        var known = KnownServers.in(home.resolve("known-servers"));
        var prompt = show(robot, known);
        assertThat(robot.lookup("#trustTitle").queryAs(Label.class).getText())
                .isEqualTo("Trust stores-pc:8443?");
        assertThat(robot.lookup("#trustFingerprint").queryAs(TextArea.class).getText())
                .isEqualTo(PRINT.substring(0, 47) + "\n" + PRINT.substring(48));
        assertThat(robot.lookup("#declineServer").queryButton().getText())
                .isEqualTo("_Don't connect");
        robot.clickOn("#trustServer");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.CONNECT);
        assertThat(known.fingerprintOf("stores-pc:8443")).contains(PRINT);
    }

    @Test
    void escape_declines_and_nothing_is_remembered(FxRobot robot) {
        var known = KnownServers.in(home.resolve("known-servers"));
        var prompt = show(robot, known);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.DECLINED);
        assertThat(known.file()).doesNotExist();
    }

    @Test
    void enter_pressed_by_reflex_declines_too(FxRobot robot) {
        var known = KnownServers.in(home.resolve("known-servers"));
        var prompt = show(robot, known);
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("declineServer");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.DECLINED);
        assertThat(known.file()).doesNotExist();
    }

    @Test
    void a_changed_certificate_shows_the_explanation_and_only_a_close_button(FxRobot robot) {
        var known = KnownServers.in(home.resolve("known-servers"));
        known.trust("stores-pc:8443", PRINT.replace("62:04", "00:11"));
        var prompt = show(robot, known);
        assertThat(robot.lookup("#trustMessage").queryAs(Label.class).getText())
                .contains("has changed since you trusted it", known.file().toString());
        assertThat(shown(robot, "#trustServer")).isFalse();
        assertThat(shown(robot, "#trustFingerprint")).isFalse();
        Button close = robot.lookup("#declineServer").queryButton();
        assertThat(close.getText()).isEqualTo("_Close");
        robot.clickOn(close);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.DECLINED);
    }
}
