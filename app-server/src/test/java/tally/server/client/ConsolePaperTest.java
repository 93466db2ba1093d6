package tally.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.client.ConsoleDriver.eventually;
import static tally.server.client.ConsoleDriver.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.TallyConsole;
import tally.client.api.TallyApi;
import tally.client.paper.PaperTool;
import tally.server.labels.PrintedPages;

/**
 * Paper from the console against the real server, headless and by keyboard: on Locations a
 * scanned bin's label, on Stock every product's label, on Pick the scanned order's pick list;
 * each Ctrl+P, Down, Enter (Save as PDF…), saved where the save dialog answers, and read back
 * as a PDF of the server's pages with the codes and figures in its text.
 */
@ExtendWith(ApplicationExtension.class)
class ConsolePaperTest {
    private static RealServer server;
    private static TallyApi otherClient;
    private TallyConsole console;

    @TempDir
    Path folder;

    @BeforeAll
    static void startServer() {
        server = new RealServer().start();
        otherClient = server.signedInClient();
        otherClient.command("define-location", Map.of("location", "P-01", "name", "Shelf P1",
                "zone", "P"));
        otherClient.command("define-location", Map.of("location", "P-02"));
        for (String sku : List.of("PP-1", "PP-2")) {
            otherClient.command("register-product", Map.of("sku", sku, "name", "Paper " + sku));
        }
        otherClient.command("receive-stock", Map.of("sku", "PP-1", "location", "P-01",
                "quantity", 8));
        otherClient.command("receive-stock", Map.of("sku", "PP-1", "location", "P-02",
                "quantity", 5));
        otherClient.command("place-order", Map.of("orderId", "SO-PAPER",
                "lines", List.of(Map.of("sku", "PP-1", "quantity", 10))));
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

    /** Signs in, and has every paper menu save into the test's folder. */
    private ConsoleDriver signedIn(FxRobot robot) throws Exception {
        var driver = new ConsoleDriver(robot);
        driver.signIn();
        driver.awaitConnected();
        onFx(() -> {
            for (String id : List.of("#binLabels", "#productLabels", "#pickPaper")) {
                ((PaperTool) robot.lookup(id).query().getParent()).saveDialog(
                        (name, owner) -> folder.resolve(name).toFile());
            }
            return null;
        });
        return driver;
    }

    private static void saveAsPdf(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.P).type(KeyCode.DOWN).type(KeyCode.ENTER);
    }

    private PrintedPages saved(String name) throws Exception {
        Path file = folder.resolve(name);
        eventually(() -> Files.exists(file));
        assertThat(new String(Files.readAllBytes(file), 0, 5,
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        return new PrintedPages(Files.readAllBytes(file));
    }

    @Test
    void a_scanned_bins_label_is_saved_as_the_servers_pdf(FxRobot robot) throws Exception {
        var driver = signedIn(robot);
        onFx(() -> {
            console.showTab("locations");
            return null;
        });
        robot.clickOn("#locationPick");
        driver.scan("P-01");
        eventually(() -> driver.text("#locationTitle").equals("P-01"));
        saveAsPdf(robot);

        var pages = saved("bin-labels-P-01.pdf");
        assertThat(pages.count()).isEqualTo(1);
        assertThat(pages.text(1)).contains("P-01").contains("Shelf P1");
        eventually(() -> driver.text("#binLabelsMessage").startsWith("Saved"));
        assertThat(driver.text("#binLabelsMessage")).isEqualTo(
                "Saved 1 page to bin-labels-P-01.pdf.");
    }

    @Test
    void with_no_product_chosen_every_products_label_is_saved(FxRobot robot) throws Exception {
        var driver = signedIn(robot);
        eventually(() -> driver.row("PP-2").isPresent());
        saveAsPdf(robot);

        var pages = saved("product-labels.pdf");
        assertThat(pages.count()).isEqualTo(2);
        assertThat(pages.text(1)).contains("PP-1").contains("Paper PP-1");
        assertThat(pages.text(2)).contains("PP-2");
        eventually(() -> driver.text("#productLabelsMessage").equals(
                "Saved 2 pages to product-labels.pdf."));
    }

    @Test
    void the_scanned_orders_pick_list_is_saved_from_the_pick_screen(FxRobot robot)
            throws Exception {
        var driver = signedIn(robot);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT8);
        driver.awaitFocus("pickOrder");
        driver.scan("SO-PAPER");
        driver.awaitFocus("pickLocation");
        saveAsPdf(robot);

        var pages = saved("pick-list-SO-PAPER.pdf");
        assertThat(pages.count()).isEqualTo(1);
        assertThat(pages.text(1)).contains("Pick list SO-PAPER").contains("P-01")
                .contains("P-02").contains("PP-1");
        eventually(() -> driver.text("#pickPaperMessage").equals(
                "Saved 1 page to pick-list-SO-PAPER.pdf."));
        driver.awaitFocus("pickLocation");
    }
}
