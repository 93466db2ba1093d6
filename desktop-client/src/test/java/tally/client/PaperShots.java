package tally.client;

import static tally.client.ShotTools.fx;
import static tally.client.ShotTools.pause;
import static tally.client.ShotTools.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javax.imageio.ImageIO;
import tally.client.csv.ImportChoice;
import tally.client.paper.PaperTool;
import tally.client.paper.PdfPages;

/**
 * Against the demo server: a bins file previewed with its bad rows (nothing imported), a bin's
 * label saved from Locations, and that saved PDF's page as it is drawn for printing; the first
 * order listed (place one first: the demo has none) with its pick list saved from Orders.
 */
final class PaperShots {
    private final ScreenshotSession session;
    private final Scene scene;
    private final Path out;

    PaperShots(ScreenshotSession session, Path out) {
        this.session = session;
        this.scene = session.scene();
        this.out = out;
    }

    void run() throws Exception {
        importBins();
        binLabel();
        pickList();
        productLabels();
        pickScreen();
    }

    @SuppressWarnings("unchecked")
    private void importBins() throws Exception {
        Path file = Files.createTempFile("bins-", ".csv");
        Files.writeString(file, """
                location,description,zone,capacity
                E-01-1,"Aisle E, bay 1, level 1",Aisle E,500
                E-01-2,"Aisle E, bay 1, level 2",Aisle E,lots
                E 01-3,,Aisle E,
                A-01-1,"Aisle A, bay 1, level 1",Aisle B,1000
                A-01-2,"Aisle A, bay 1, level 2",Aisle A,1000
                """);
        fx(() -> {
            session.console().showTab("import");
            ((ComboBox<ImportChoice>) scene.lookup("#importKind")).setValue(ImportChoice.BINS);
            ((TextField) scene.lookup("#importFile")).setText(file.toString());
            scene.lookup("#importFile").fireEvent(new ActionEvent());
            return null;
        });
        waitFor(() -> ((TableView<?>) scene.lookup("#importTable")).getItems().size() == 5, 30);
        waitFor(() -> ((Label) scene.lookup("#importMessage")).getText().contains("bad"), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "import-bins");
        Files.delete(file);
    }

    private void binLabel() throws Exception {
        Path folder = Files.createTempDirectory("paper-");
        fx(() -> {
            session.console().showTab("locations");
            ((PaperTool) scene.lookup("#binLabels").getParent()).saveDialog(
                    (name, owner) -> folder.resolve(name).toFile());
            ((TextField) scene.lookup("#locationPick")).setText("A-01-2");
            scene.lookup("#locationPick").fireEvent(new ActionEvent());
            return null;
        });
        waitFor(() -> "A-01-2".equals(((Label) scene.lookup("#locationTitle")).getText()), 30);
        fx(() -> {
            ((javafx.scene.control.MenuButton) scene.lookup("#binLabels")).getItems().getFirst()
                    .fire();
            return null;
        });
        waitFor(() -> ((Label) scene.lookup("#binLabelsMessage")).getText().startsWith("Saved"),
                30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "paper-bin-labels");
        byte[] pdf = Files.readAllBytes(folder.resolve("bin-labels-A-01-2.pdf"));
        ImageIO.write(PdfPages.render(pdf, 150).getFirst(), "png",
                out.resolve("paper-bin-label-pdf.png").toFile());
    }

    @SuppressWarnings("unchecked")
    private void pickList() throws Exception {
        Path folder = Files.createTempDirectory("paper-");
        fx(() -> {
            session.console().showTab("orders");
            ((PaperTool) scene.lookup("#orderPaper").getParent()).saveDialog(
                    (name, owner) -> folder.resolve(name).toFile());
            return null;
        });
        waitFor(() -> !((TableView<?>) scene.lookup("#ordersTable")).getItems().isEmpty(), 30);
        fx(() -> {
            ((TableView<?>) scene.lookup("#ordersTable")).getSelectionModel().select(0);
            return null;
        });
        waitFor(() -> !((Label) scene.lookup("#orderTitle")).getText().isEmpty(), 30);
        fx(() -> {
            ((javafx.scene.control.MenuButton) scene.lookup("#orderPaper")).getItems()
                    .getFirst().fire();
            return null;
        });
        waitFor(() -> ((Label) scene.lookup("#orderPaperMessage")).getText()
                .startsWith("Saved"), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "paper-pick-list");
        try (var files = Files.list(folder)) {
            byte[] pdf = Files.readAllBytes(files.findFirst().orElseThrow());
            ImageIO.write(PdfPages.render(pdf, 72).getFirst(), "png",
                    out.resolve("paper-pick-list-pdf.png").toFile());
        }
    }

    private void productLabels() throws Exception {
        Path folder = Files.createTempDirectory("paper-");
        fx(() -> {
            session.console().showTab("stock");
            ((PaperTool) scene.lookup("#productLabels").getParent()).saveDialog(
                    (name, owner) -> folder.resolve(name).toFile());
            ((TableView<?>) scene.lookup("#stockTable")).getSelectionModel().clearSelection();
            ((javafx.scene.control.MenuButton) scene.lookup("#productLabels")).getItems()
                    .getFirst().fire();
            return null;
        });
        waitFor(() -> ((Label) scene.lookup("#productLabelsMessage")).getText()
                .startsWith("Saved"), 60);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "paper-product-labels");
    }

    /** The pick screen with the demo's order scanned, its pick list saved. */
    private void pickScreen() throws Exception {
        Path folder = Files.createTempDirectory("paper-");
        fx(() -> {
            session.console().showTab("pick");
            ((PaperTool) scene.lookup("#pickPaper").getParent()).saveDialog(
                    (name, owner) -> folder.resolve(name).toFile());
            ((TextField) scene.lookup("#pickOrder")).setText("SO-1001");
            scene.lookup("#pickOrder").fireEvent(new ActionEvent());
            return null;
        });
        waitFor(() -> ((Label) scene.lookup("#pickPrompt")).getText().startsWith("Go to"), 30);
        fx(() -> {
            ((javafx.scene.control.MenuButton) scene.lookup("#pickPaper")).getItems().getFirst()
                    .fire();
            return null;
        });
        waitFor(() -> ((Label) scene.lookup("#pickPaperMessage")).getText().startsWith("Saved"),
                30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "paper-pick-screen");
    }
}
