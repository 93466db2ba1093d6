package tally.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.client.ConsoleDriver.eventually;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.TallyConsole;
import tally.client.api.TallyApi;

/**
 * Lessons 3, 5 and 6 against the real server: the trainer's own command refused as stale
 * (and the check failing when the trainer looked again, so nothing was stale), a throttled
 * rebuild of a grown log, an order waiting for the paused allocation.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleMoreLessonsTest {
    private static RealServer server;
    private static TallyApi otherClient;
    private TallyConsole console;

    @BeforeAll
    static void startServer() {
        server = new RealServer().start();
        otherClient = server.signedInClient();
        ConsoleLessonsTest.seed(otherClient);
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

    /** The form looks at the product: its row chosen in the stock list. */
    private static void lookAt(FxRobot robot, ConsoleDriver driver, String sku, long onHand)
            throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        eventually(() -> driver.onHand(sku) == onHand);
        Node cell = robot.lookup("#stockTable .table-cell").match(LabeledMatchers.hasText(sku))
                .query();
        robot.clickOn(cell);
        eventually(() -> driver.text("#lookedAt").startsWith("You are looking at " + sku));
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT5);
    }

    /** Receive 1 at the bin from the form, keeping the SKU it looks at as it is. */
    private static void receiveOne(FxRobot robot, ConsoleDriver driver, String bin)
            throws Exception {
        robot.clickOn("#kind-receive").clickOn("#location");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write(bin).type(KeyCode.ENTER);
        driver.awaitFocus("sku");
        robot.type(KeyCode.ENTER);
        driver.awaitFocus("quantity");
        robot.push(KeyCode.SHORTCUT, KeyCode.A).write("1").type(KeyCode.ENTER);
        driver.awaitFocus("reference");
        robot.type(KeyCode.ENTER);
    }

    @Test
    void lesson_3_the_trainers_command_from_a_stale_screen_is_refused(FxRobot robot)
            throws Exception {
        var driver = new ConsoleDriver(robot);
        var lessons = new LessonDriver(robot).ready();
        lookAt(robot, driver, "LS-2", 20);
        lessons.choose(3).setUp();
        lessons.awaitCheck("Watching: waiting for your command on LS-2");
        receiveOne(robot, driver, "B-02");
        String seen = lessons.awaitCheck("Seen: ");
        assertThat(seen).matches("Seen: your command was refused: LS-2 changed at position"
                + " [\\d,]+ after you looked at version \\d+\\.");
        assertThat(driver.text("#formMessage")).isEqualTo("Not done: LS-2 changed since you"
                + " looked.");
        lessons.shotIfAsked(3);
    }

    @Test
    void lesson_3_fails_when_the_trainer_looked_again_so_nothing_was_stale(FxRobot robot)
            throws Exception {
        var driver = new ConsoleDriver(robot);
        var lessons = new LessonDriver(robot).ready();
        long before = otherClient.stock("LS-3", 0, 0).onHand();
        lookAt(robot, driver, "LS-3", before);
        lessons.choose(3).setUp();
        lessons.awaitCheck("Watching: waiting for your command on LS-3");
        lookAt(robot, driver, "LS-3", before + 1);
        receiveOne(robot, driver, "C-03");
        String failed = lessons.awaitCheck("Not seen: ");
        assertThat(failed).startsWith("Not seen: your command on LS-3 was recorded, not"
                + " refused");
        assertThat(otherClient.stock("LS-3", 0, 0).onHand()).isEqualTo(before + 2);
    }

    @Test
    void lesson_5_a_grown_log_is_rebuilt_at_the_chosen_pace(FxRobot robot) throws Exception {
        var lessons = new LessonDriver(robot).ready().choose(5);
        robot.clickOn("#rebuildLogSize").clickOn("5,000 events");
        robot.clickOn("#rebuildRate").clickOn("10,000 a second");
        lessons.setUp();
        eventually(() -> lessons.note().startsWith("Growing the log"));
        lessons.shotIfAsked(5);
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> ConsoleDriver.onFx(
                    () -> !lessons.check().startsWith("Watching")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(lessons.check() + " / " + lessons.note(), e);
        }
        assertThat(lessons.check()).matches("Seen: rebuilt [\\d,]+ events in \\d+\\.\\d s"
                + " \\([\\d,]+ a second\\)\\.");
        long rebuilt = Long.parseLong(lessons.check().replaceFirst("Seen: rebuilt ([\\d,]+) .*",
                "$1").replace(",", ""));
        assertThat(rebuilt).isGreaterThanOrEqualTo(5_000);
    }

    @Test
    void lesson_6_an_order_waits_while_the_allocation_is_paused(FxRobot robot)
            throws Exception {
        var lessons = new LessonDriver(robot).ready().choose(6);
        lessons.setUp();
        // Long enough that a class sees it wait: the check counts the seconds.
        lessons.awaitCheck("Watching: order TRAIN-");
        eventually(() -> lessons.check().matches(".* PLACED for [1-9]\\d*\\.\\d s.*"));
        lessons.shotIfAsked(6);
        // The allocation's card is on the cards' second row: scrolled to, as a trainer does.
        ConsoleDriver.onFx(() -> {
            robot.lookup("#readModelsScroll").queryAs(ScrollPane.class).setVvalue(1.0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#resume-allocation");
        String seen = lessons.awaitCheck("Seen: ");
        assertThat(seen).matches("Seen: order TRAIN-\\d+ stayed PLACED for \\d+\\.\\d s, then was"
                + " allocated \\((ALLOCATED|PARTIAL|BACKORDERED)\\) at position [\\d,]+ once the"
                + " allocation resumed\\.");
    }
}
