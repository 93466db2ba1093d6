package tally.server.client;

import static org.assertj.core.api.Assertions.assertThat;
import static tally.server.client.ConsoleDriver.eventually;
import static tally.server.client.ConsoleDriver.onFx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
import tally.client.csv.ImportRowLine;

/**
 * The console's Import tab against the real server, headless: a file's path typed and Enter
 * (as a scanner would), its preview row by row with the bad rows marked by line, Import held
 * back until every row is good, then the products registered; an operator is not offered it.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleImportTest {
    private static RealServer server;
    private static TallyApi admin;
    private TallyConsole console;

    @TempDir
    Path folder;

    @BeforeAll
    static void startServer() {
        server = new RealServer().start();
        admin = server.signedInClient();
        admin.addUser(new tally.client.api.WireShapes.NewUser("olga", "olga-password-1",
                List.of("operator"), "Olga"));
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

    private Path file(String name, String text) throws Exception {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static TableView<ImportRowLine> table(FxRobot robot) {
        return robot.lookup("#importTable").queryTableView();
    }

    private static boolean importEnabled(FxRobot robot) throws Exception {
        return onFx(() -> !robot.lookup("#importAll").queryAs(Button.class).isDisabled());
    }

    /** The style classes of the table's shown rows, by line. */
    private static List<String> markedLines(FxRobot robot) throws Exception {
        return onFx(() -> robot.lookup("#importTable .table-row-cell").queryAllAs(TableRow.class)
                .stream().filter(r -> r.getItem() != null
                        && r.getStyleClass().contains("bad-row"))
                .map(r -> Long.toString(((ImportRowLine) r.getItem()).line())).sorted().toList());
    }

    private void preview(FxRobot robot, Path file) throws Exception {
        robot.clickOn("#importFile").push(javafx.scene.input.KeyCode.SHORTCUT,
                javafx.scene.input.KeyCode.A).write(file.toString())
                .type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void a_supervisor_previews_a_file_sees_its_bad_rows_and_imports_it_once_fixed(FxRobot robot)
            throws Exception {
        var driver = new ConsoleDriver(robot);
        driver.signIn();
        onFx(() -> {
            console.showTab("import");
            return null;
        });
        preview(robot, file("bad.csv", "sku,name,reorderPoint\nIMP-1,\"Washer, M8\",5\n"
                + "IMP-2,Nut,many\nIMP 3,Bolt,1\n"));
        eventually(() -> table(robot).getItems().size() == 3);
        assertThat(table(robot).getItems()).extracting(r -> r.line() + " " + r.action())
                .containsExactly("2 new", "3 bad", "4 bad");
        assertThat(table(robot).getItems().get(1).problems())
                .isEqualTo("reorderPoint: must be a whole number, not 'many'");
        eventually(() -> markedLines(robot).equals(List.of("3", "4")));
        assertThat(driver.text("#importMessage")).isEqualTo(
                "3 rows: 1 new, 0 unchanged, 2 bad. Fix the bad rows (by their line) and"
                        + " preview again.");
        assertThat(importEnabled(robot)).isFalse();
        assertThat(admin.stock().items()).noneMatch(l -> l.sku().startsWith("IMP-"));

        preview(robot, file("good.csv", "sku,name,reorderPoint\nIMP-1,\"Washer, M8\",5\n"
                + "IMP-2,Nut,7\n"));
        eventually(() -> importEnabled(robot));
        assertThat(markedLines(robot)).isEmpty();
        robot.clickOn("#importAll");
        eventually(() -> driver.text("#importMessage").startsWith("Imported"));
        assertThat(driver.text("#importMessage")).isEqualTo(
                "Imported: 2 registered, 0 already there.");
        assertThat(importEnabled(robot)).isFalse();
        eventually(() -> admin.stock().items().stream()
                .filter(l -> l.sku().startsWith("IMP-")).count() == 2);
        assertThat(admin.stock("IMP-1", 0, 0).name()).isEqualTo("Washer, M8");
    }

    @Test
    void a_supervisor_chooses_bins_previews_a_file_by_line_and_imports_it_once(FxRobot robot)
            throws Exception {
        var driver = new ConsoleDriver(robot);
        driver.signIn();
        onFx(() -> {
            console.showTab("import");
            return null;
        });
        robot.clickOn("#importKind").type(javafx.scene.input.KeyCode.DOWN)
                .type(javafx.scene.input.KeyCode.ENTER);
        eventually(() -> driver.text("#importMessage").contains("location and optionally"));
        preview(robot, file("bins-bad.csv", "location,description,zone,capacity\n"
                + "IB-01,\"Shelf 1, low\",I,200\nIB-02,,I,lots\nIB 03,,,\n"));
        eventually(() -> table(robot).getItems().size() == 3);
        assertThat(table(robot).getItems()).extracting(r -> r.line() + " " + r.sku() + " "
                + r.action()).containsExactly("2 IB-01 new", "3 IB-02 bad", "4 IB 03 bad");
        assertThat(table(robot).getItems().get(1).problems())
                .isEqualTo("capacity: must be a whole number, not 'lots'");
        eventually(() -> markedLines(robot).equals(List.of("3", "4")));
        assertThat(onFx(() -> table(robot).getColumns().get(1).getText())).isEqualTo("Location");
        assertThat(importEnabled(robot)).isFalse();

        Path good = file("bins.csv", "location,description,zone,capacity\n"
                + "IB-01,\"Shelf 1, low\",I,200\nIB-02,,I,\n");
        preview(robot, good);
        eventually(() -> importEnabled(robot));
        robot.clickOn("#importAll");
        eventually(() -> driver.text("#importMessage").startsWith("Imported"));
        assertThat(driver.text("#importMessage")).isEqualTo(
                "Imported: 2 defined, 0 already there.");
        eventually(() -> admin.bins().items().stream()
                .filter(b -> b.location().startsWith("IB-")).count() == 2);
        assertThat(admin.bins().items()).filteredOn(b -> b.location().equals("IB-01"))
                .extracting(b -> b.name() + " " + b.zone() + " " + b.capacity())
                .containsExactly("Shelf 1, low I 200");

        preview(robot, good);
        eventually(() -> driver.text("#importMessage").endsWith("Nothing to import."));
        assertThat(driver.text("#importMessage"))
                .isEqualTo("2 rows: 0 new, 2 unchanged, 0 bad. Nothing to import.");
        assertThat(importEnabled(robot)).isFalse();
    }

    @Test
    void an_operator_is_not_offered_the_import(FxRobot robot) throws Exception {
        var driver = new ConsoleDriver(robot);
        driver.signIn("olga", "olga-password-1");
        assertThat(onFx(() -> robot.lookup("#tabs").queryAs(javafx.scene.control.TabPane.class)
                .getTabs().stream().map(javafx.scene.control.Tab::getId).toList()))
                .contains("stock").doesNotContain("import");
        assertThat(onFx(() -> robot.lookup("#export-stock").tryQuery().isPresent())).isTrue();
    }
}
