package tally.client;

import static tally.client.ShotTools.fx;
import static tally.client.ShotTools.pause;
import static tally.client.ShotTools.waitFor;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.event.ActionEvent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/**
 * The products import against a real server (the fake judges no file), photographed: a
 * preview with bad rows marked by line and Import held back. Nothing is imported. The stock
 * screen's Export button is in the stock shots already.
 */
final class ImportShots {
    private final ScreenshotSession session;
    private final Scene scene;
    private final Path out;

    ImportShots(ScreenshotSession session, Path out) {
        this.session = session;
        this.scene = session.scene();
        this.out = out;
    }

    void run() throws Exception {
        Path file = Files.createTempFile("products-", ".csv");
        Files.writeString(file, """
                sku,name,reorderPoint
                SKU-2001,"Washer M8, zinc",50
                SKU-2002,Spring washer M8,
                SKU-2003,Nut M10,many
                SKU-1001,Hex bolt M8,20
                SKU 2005,Wing nut M6,10
                SKU-2006,Cable tie 200 mm,100
                SKU-2002,Spring washer M8,
                """);
        fx(() -> {
            session.console().showTab("import");
            ((TextField) scene.lookup("#importFile")).setText(file.toString());
            scene.lookup("#importFile").fireEvent(new ActionEvent());
            return null;
        });
        waitFor(() -> ((TableView<?>) scene.lookup("#importTable")).getItems().size() == 7, 30);
        waitFor(() -> ((Label) scene.lookup("#importMessage")).getText().contains("bad"), 30);
        pause(500);
        ShotTools.shot(scene.getRoot(), out, "import-preview");
        Files.delete(file);
    }
}
