package tally.client.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import tally.client.api.TallyApi;
import tally.client.ui.UiExecutor;

/**
 * Saves a list as the server exports it to a file the user chose: the save itself, apart from
 * the chooser, so that a test gives it a path. The file is written whole to a temporary file
 * beside it and then moved in place, so a failed export never leaves half a file.
 */
public final class CsvExportViewModel {
    private final TallyApi api;
    private final UiExecutor ui;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public CsvExportViewModel(TallyApi api, UiExecutor ui) {
        this.api = api;
        this.ui = ui;
    }

    /** What the last export came to, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void save(ExportKind kind, Path target) {
        message.set("Exporting " + kind.fileName() + "…");
        ui.call(() -> {
            byte[] csv = api.exportCsv(kind.query());
            write(target, csv);
            return lines(csv) - 1;
        }, rows -> message.set("Saved " + rows + (rows == 1 ? " row" : " rows") + " to "
                + target.getFileName()), failed -> message.set("Not saved: "
                + CsvWords.of(failed)));
    }

    private static void write(Path target, byte[] csv) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Path part = Files.createTempFile(parent, ".export-", ".part");
            Files.write(part, csv);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** CSV lines (a quoted cell may hold a line break, but the server's rows do not). */
    private static int lines(byte[] csv) {
        int lines = 0;
        for (byte b : csv) {
            lines += b == '\n' ? 1 : 0;
        }
        return lines;
    }
}
