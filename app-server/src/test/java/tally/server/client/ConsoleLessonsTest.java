package tally.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.client.ConsoleDriver.eventually;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.TallyConsole;
import tally.client.api.TallyApi;

/**
 * Lessons 1, 2 and 4 of the trainer's Lessons panel against the real server: each one's Set
 * up makes the situation (delays, simulated traffic, a second operator's command, a break)
 * and its check sees the effect, in numbers it measured. Lessons 3, 5 and 6:
 * {@link ConsoleMoreLessonsTest}.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleLessonsTest {
    private static RealServer server;
    private static TallyApi otherClient;
    private TallyConsole console;

    @BeforeAll
    static void startServer() {
        server = new RealServer().start();
        otherClient = server.signedInClient();
        seed(otherClient);
    }

    /** Three products in three bins: what the traffic and the second operator work on. */
    static void seed(TallyApi client) {
        for (String[] p : new String[][] {{"LS-1", "A-01", "40"}, {"LS-2", "B-02", "20"},
                {"LS-3", "C-03", "30"}}) {
            client.command("register-product", Map.of("sku", p[0], "name", "Lesson " + p[0]));
            client.command("receive-stock", Map.of("sku", p[0], "location", p[1],
                    "quantity", Integer.parseInt(p[2])));
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        console = TallyConsole.forServer(server.uri());
        console.showOn(stage);
    }

    @AfterEach
    void stopConsole() throws Exception {
        LessonDriver.undoAll(otherClient);
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
    }

    @Test
    void lesson_1_stock_lags_behind_the_traffic_and_catches_up(FxRobot robot) throws Exception {
        var lessons = new LessonDriver(robot).ready().choose(1);
        lessons.setUp();
        lessons.awaitCheck("Watching: stock is ");
        assertThat(otherClient.training().training().traffic().running()).isTrue();
        String seen = lessons.awaitCheck("Seen: ");
        assertThat(seen).matches("Seen: stock fell [\\d,]+ events \\(\\d+\\.\\d s\\) behind,"
                + " then caught up at position [\\d,]+\\.");
        assertThat(otherClient.training().training().traffic().running()).isFalse();
        lessons.shotIfAsked(1);
        robot.clickOn("#lessonReset");
        eventually(() -> lessons.note().startsWith("Reset: "));
        assertThat(otherClient.projections()).allSatisfy(p ->
                assertThat(p.delayMillis()).isZero());
    }

    @Test
    void lesson_2_stock_and_locations_disagree_side_by_side_then_agree(FxRobot robot)
            throws Exception {
        var lessons = new LessonDriver(robot).ready().choose(2);
        lessons.setUp();
        eventually(() -> lessons.check().startsWith("Watching: they disagree now"));
        assertThat(lessons.text("#sideStock")).matches("\\d+ of LS-\\d at [A-C]-0\\d\\nat"
                + " position [\\d,]+");
        assertThat(lessons.text("#sideLocations")).matches("[A-C]-0\\d holds \\d+ of LS-\\d\\nat"
                + " position [\\d,]+");
        lessons.shotIfAsked(2);
        String seen = lessons.awaitCheck("Seen: ");
        assertThat(seen).matches("Seen: stock and locations disagreed for \\d+\\.\\d s, then"
                + " agreed at position [\\d,]+\\.");
        assertThat(lessons.text("#sideStock").split("\n")[0])
                .isEqualTo(lessons.text("#sideLocations").replaceFirst("^(\\S+) holds (\\d+)"
                        + " of (\\S+)\\n.*", "$2 of $3 at $1"));
    }

    @Test
    void lesson_4_stock_breaks_and_resumes_with_nothing_lost(FxRobot robot) throws Exception {
        var lessons = new LessonDriver(robot).ready().choose(4);
        lessons.setUp();
        lessons.awaitCheck("Watching: stock failed at position ");
        robot.clickOn("#resume-stock");
        String seen = lessons.awaitCheck("Seen: ");
        assertThat(seen).matches("Seen: stock failed at position [\\d,]+, resumed, and applied"
                + " the [\\d,]+ events? it had missed \\(at position [\\d,]+ now\\)\\.");
        lessons.shotIfAsked(4);
    }
}
