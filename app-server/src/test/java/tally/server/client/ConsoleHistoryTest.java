package tally.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.client.ConsoleDriver.eventually;
import static tally.server.client.ConsoleDriver.onFx;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import javafx.scene.control.TableView;
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
import tally.client.history.HistoryRow;

/**
 * "Why is this number so" in the real console against the real server: F3 on a product of the
 * stock screen opens its history, one row per event with who did it and the figures after it;
 * F3 on a location of the product screen opens the events that touched that location.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleHistoryTest {
    private static RealServer server;
    private TallyConsole console;

    @BeforeAll
    static void startServer() {
        server = new RealServer().start();
        var client = server.signedInClient();
        client.command("register-product", Map.of("sku", "HIS-1", "name", "Hinge"));
        client.command("receive-stock", Map.of("sku", "HIS-1", "location", "A-01",
                "quantity", 10));
        client.command("move-stock", Map.of("sku", "HIS-1", "from", "A-01", "to", "B-02",
                "quantity", 3));
        client.command("pick-stock", Map.of("sku", "HIS-1", "location", "B-02", "quantity", 1));
        client.command("adjust-stock", Map.of("sku", "HIS-1", "location", "A-01",
                "countedQuantity", 6, "reason", "torn box"));
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
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
    }

    private static List<String> historyRows(FxRobot robot) throws Exception {
        return onFx(() -> {
            TableView<HistoryRow> table = robot.lookup("#historyTable").queryTableView();
            return table.getItems().stream().map(r -> r.who() + ": " + r.what() + " -> "
                    + r.after()).toList();
        });
    }

    private static Node cell(FxRobot robot, String table, String text) {
        return robot.lookup(table + " .table-cell").match(LabeledMatchers.hasText(text)).query();
    }

    @Test
    void f3_on_a_stock_figure_opens_how_it_came_about(FxRobot robot) throws Exception {
        var driver = new ConsoleDriver(robot);
        driver.signIn();
        driver.awaitConnected();
        eventually(() -> driver.onHand("HIS-1") == 8);

        robot.clickOn(cell(robot, "#stockTable", "HIS-1"));
        robot.type(KeyCode.F3);

        eventually(() -> robot.lookup("#historyTable").tryQuery().isPresent()
                && historyRows(robot).size() == 5);
        assertThat(driver.text("#historyTitle")).isEqualTo("History of HIS-1");
        assertThat(historyRows(robot)).containsExactly(
                RealServer.USER + ": registered as \"Hinge\", reorder point 0 -> nothing anywhere",
                RealServer.USER + ": received 10 at A-01 -> A-01 10",
                RealServer.USER + ": moved 3 from A-01 to B-02 -> A-01 7 · B-02 3",
                RealServer.USER + ": picked 1 at B-02 -> A-01 7 · B-02 2",
                RealServer.USER + ": counted 6 at A-01 (was 7, -1): torn box -> A-01 6 · B-02 2");
        assertThat(onFx(() -> robot.lookup("#historyTable").<TableView<HistoryRow>>query()
                .getItems().getFirst().time()))
                // The console's one format: recorded today, to the second (past midnight, dated).
                .matches("\\d\\d:\\d\\d:\\d\\d|\\d{1,2} [A-Z][a-z]{2} \\d\\d:\\d\\d");
        assertThat(onFx(() -> robot.lookup("#stockTable").queryTableView().getTooltip()
                .getText())).startsWith("F3:");
        shotIfAsked(robot);
    }

    /** With {@code -Dtally.shots=DIR}, docs/screens.md's picture of the history window. */
    private static void shotIfAsked(FxRobot robot) throws Exception {
        String dir = System.getProperty("tally.shots");
        if (dir == null) {
            return;
        }
        WritableImage image = onFx(() -> robot.lookup("#historyTable").query().getScene()
                .getRoot().snapshot(null, null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels,
                0, w);
        png.setRGB(0, 0, w, h, pixels, 0, w);
        ImageIO.write(png, "png", Path.of(dir, "history.png").toFile());
    }

    @Test
    void f3_on_a_location_of_the_product_screen_keeps_the_events_that_touched_it(FxRobot robot)
            throws Exception {
        var driver = new ConsoleDriver(robot);
        driver.signIn();
        driver.awaitConnected();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2).clickOn("#productSku");
        driver.scan("HIS-1");
        eventually(() -> robot.lookup("#productLocations .table-cell")
                .match(LabeledMatchers.hasText("B-02")).tryQuery().isPresent());

        robot.clickOn(cell(robot, "#productLocations", "B-02"));
        robot.type(KeyCode.F3);

        eventually(() -> robot.lookup("#historyTable").tryQuery().isPresent()
                && historyRows(robot).size() == 2);
        assertThat(driver.text("#historyTitle")).isEqualTo("History of HIS-1 at B-02");
        assertThat(historyRows(robot)).containsExactly(
                RealServer.USER + ": moved 3 from A-01 to B-02 -> A-01 7 · B-02 3",
                RealServer.USER + ": picked 1 at B-02 -> A-01 7 · B-02 2");
    }
}
