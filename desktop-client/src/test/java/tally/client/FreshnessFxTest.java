package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.client.testing.FxChecks.eventually;
import static tally.client.testing.FxChecks.text;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.testing.CommandBody;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.SigningIn;
import tally.client.ui.FxUiExecutor;

/** The banner over the operator's screens while a read model they show is not current. */
@ExtendWith(ApplicationExtension.class)
class FreshnessFxTest {
    private final FakeTallyApi api = new FakeTallyApi();
    private final FxUiExecutor ui = new FxUiExecutor();
    private TallyConsole console;

    @Start
    void start(Stage stage) {
        api.otherClient("register-product", CommandBody.of("sku", "SKU-1", "name", "Blue widget",
                "reorderPoint", 10L));
        console = new TallyConsole(api, ui);
        console.showOn(stage);
    }

    @BeforeEach
    void signIn(FxRobot robot) throws Exception {
        SigningIn.as(robot, "owner");
        eventually(() -> text(robot, "#status").startsWith("Connected to"));
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        ui.close();
    }

    private static boolean bannerShown(FxRobot robot) {
        return robot.lookup("#readModelBanner").query().isVisible();
    }

    @Test
    void a_paused_read_model_shows_a_banner_until_it_runs_again(FxRobot robot) throws Exception {
        assertThat(bannerShown(robot)).isFalse();

        api.controlProjection("stock", "pause");
        eventually(() -> bannerShown(robot));
        assertThat(text(robot, "#readModelBanner"))
                .matches("Stock figures stopped at \\d\\d:\\d\\d \\(paused by a trainer\\)");
        assertThat(text(robot, "#status")).startsWith("Connected to")
                .endsWith(" — stock figures paused");

        api.controlProjection("stock", "resume");
        eventually(() -> !bannerShown(robot));
        assertThat(text(robot, "#status")).doesNotContain("paused");
    }

    @Test
    void a_failed_read_model_says_why_on_the_screens_that_show_it(FxRobot robot)
            throws Exception {
        api.controlProjection("activity", "break");
        robot.interact(() -> console.showTab("activity"));
        eventually(() -> bannerShown(robot));
        assertThat(text(robot, "#readModelBanner"))
                .matches("Activity lines stopped at \\d\\d:\\d\\d, failed: broken on purpose");

        robot.interact(() -> console.showTab("orders"));
        eventually(() -> !bannerShown(robot));

        robot.interact(() -> console.showTab("activity"));
        eventually(() -> bannerShown(robot));
        api.controlProjection("activity", "resume");
        eventually(() -> !bannerShown(robot));
    }
}
