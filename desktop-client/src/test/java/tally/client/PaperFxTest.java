package tally.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static tally.client.testing.FxChecks.eventually;
import static tally.client.testing.FxChecks.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import tally.client.paper.FxPrinting;
import tally.client.paper.PaperTool;
import tally.client.testing.CommandBody;
import tally.client.testing.FakeTallyApi;
import tally.client.testing.SigningIn;
import tally.client.ui.FxUiExecutor;

/**
 * Paper from the real console over the fake server, headless, by keyboard only: a bin scanned
 * on Locations, Ctrl+P, the menu's Save as PDF… (the dialog's answer is a folder of the
 * test's), and the file is the server's PDF; Print… on a machine without a printer says so.
 */
@ExtendWith(ApplicationExtension.class)
class PaperFxTest {
    private final FakeTallyApi api = new FakeTallyApi();
    private final FxUiExecutor ui = new FxUiExecutor();
    private final List<String> proposed = new ArrayList<>();
    private TallyConsole console;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        api.otherClient("register-product", CommandBody.of("sku", "SKU-1", "name", "Blue widget",
                "reorderPoint", 10L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1", "location", "A-01",
                "quantity", 40L));
        console = new TallyConsole(api, ui);
        console.showOn(stage);
    }

    @BeforeEach
    void signIn(FxRobot robot) throws Exception {
        SigningIn.as(robot, "owner");
        var tool = (PaperTool) robot.lookup("#binLabels").query().getParent();
        tool.saveDialog((name, owner) -> {
            proposed.add(name);
            return folder.resolve(name).toFile();
        });
    }

    @AfterEach
    void stop() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.stop()).get(5, TimeUnit.SECONDS);
        ui.close();
    }

    private void scanBin(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> console.showTab("locations")).get(5, TimeUnit.SECONDS);
        robot.clickOn("#locationPick").write("A-01").type(KeyCode.ENTER);
        eventually(() -> "A-01".equals(text(robot, "#locationTitle")));
    }

    @Test
    void ctrl_p_then_save_as_pdf_saves_the_chosen_bins_labels(FxRobot robot) throws Exception {
        scanBin(robot);
        robot.push(KeyCode.SHORTCUT, KeyCode.P).type(KeyCode.DOWN).type(KeyCode.ENTER);

        eventually(() -> text(robot, "#binLabelsMessage").startsWith("Saved"));
        assertThat(proposed).containsExactly("bin-labels-A-01.pdf");
        assertThat(robot.lookup("#locationPick").query().isFocused())
                .as("the focus is back where the next scan goes").isTrue();
        assertThat(text(robot, "#binLabelsMessage"))
                .isEqualTo("Saved 2 pages to bin-labels-A-01.pdf.");
        Path saved = folder.resolve("bin-labels-A-01.pdf");
        assertThat(Files.readString(saved, java.nio.charset.StandardCharsets.ISO_8859_1))
                .startsWith("%PDF-");
        try (var pdf = Loader.loadPDF(saved.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("/api/labels/bins.pdf?location=A-01&code=code128 page 1");
        }
    }

    @Test
    void print_on_a_machine_without_a_printer_is_one_line(FxRobot robot) throws Exception {
        assumeFalse(new FxPrinting().available(), "this machine has a printer");
        scanBin(robot);
        robot.push(KeyCode.SHORTCUT, KeyCode.P).type(KeyCode.DOWN).type(KeyCode.DOWN)
                .type(KeyCode.ENTER);

        eventually(() -> !text(robot, "#binLabelsMessage").isEmpty());
        assertThat(text(robot, "#binLabelsMessage"))
                .isEqualTo("No printer on this computer: use Save as PDF… instead.");
        assertThat(api.papers).isEmpty();
    }
}
