package tally.client.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import tally.client.api.TallyApi;
import tally.client.api.WireShapes.ImportReport;
import tally.client.ui.UiExecutor;

/**
 * The products or bins import: a file is previewed (the server judges every row and stores
 * nothing), and only a preview whose every row is good may be imported, by a user who may
 * register products and bins. What is imported is the very bytes previewed, as the same kind,
 * not the file read again; choosing the other kind drops the preview.
 */
public final class ImportProductsViewModel {
    private final TallyApi api;
    private final UiExecutor ui;
    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final ObjectProperty<ImportChoice> kind =
            new SimpleObjectProperty<>(this, "kind", ImportChoice.PRODUCTS);
    private final ObservableList<ImportRowLine> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message",
            choose(ImportChoice.PRODUCTS));
    private final BooleanProperty ready = new SimpleBooleanProperty(this, "ready");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanBinding canImport;
    private byte[] previewed;
    private ImportChoice previewedAs;

    public ImportProductsViewModel(TallyApi api, UiExecutor ui, ObservableValue<Boolean> allowed) {
        this.api = api;
        this.ui = ui;
        canImport = Bindings.createBooleanBinding(() -> ready.get() && !busy.get()
                && Boolean.TRUE.equals(allowed.getValue()), ready, busy, allowed);
        kind.addListener((o, was, is) -> {
            rows.clear();
            ready.set(false);
            message.set(choose(is == null ? ImportChoice.PRODUCTS : is));
        });
    }

    /** Products or bins; never null. */
    public ObjectProperty<ImportChoice> kindProperty() {
        return kind;
    }

    private static String choose(ImportChoice kind) {
        return "Choose a CSV file with the columns " + kind.columns() + ".";
    }

    /** The file to preview, as typed or chosen. */
    public StringProperty pathProperty() {
        return path;
    }

    public ObservableList<ImportRowLine> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** A preview whose every row is good, not yet imported, by a user who may. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Reads the file and asks the server what importing it would do. */
    public void preview() {
        String file = path.get().strip();
        if (file.isEmpty()) {
            message.set("Type or choose the file to import first.");
            return;
        }
        ready.set(false);
        busy.set(true);
        message.set("Reading " + file + "…");
        ImportChoice as = kind.get();
        ui.call(() -> {
            byte[] csv = read(Path.of(file));
            return new Previewed(csv, as.send(api, csv, true));
        }, p -> {
            busy.set(false);
            if (as != kind.get()) {
                return; // the other kind was chosen meanwhile: this preview is not its
            }
            previewed = p.csv();
            previewedAs = as;
            show(p.report());
        }, failed -> failed("Cannot preview", failed));
    }

    /** Imports what was previewed. */
    public void importAll() {
        if (!canImport.get()) {
            return;
        }
        busy.set(true);
        message.set("Importing…");
        ImportChoice as = previewedAs;
        ui.call(() -> as.send(api, previewed, false), report -> {
            busy.set(false);
            ready.set(false);
            show(report);
        }, failed -> failed("Not imported", failed));
    }

    private void show(ImportReport report) {
        rows.setAll(report.rows().stream().map(ImportRowLine::of).toList());
        String counts = report.rows().size() + (report.rows().size() == 1 ? " row: " : " rows: ")
                + report.newRows() + " new, " + report.unchangedRows() + " unchanged, "
                + report.badRows() + " bad.";
        if (report.stored()) {
            message.set("Imported: " + report.newRows() + " " + previewedAs.done() + ", "
                    + report.unchangedRows() + " already there.");
        } else if (report.ready()) {
            message.set(counts + (report.newRows() == 0 ? " Nothing to import."
                    : " Ready to import."));
        } else {
            message.set(counts + " Fix the bad rows (by their line) and preview again.");
        }
        ready.set(report.ready() && !report.stored() && report.newRows() > 0);
    }

    private void failed(String what, RuntimeException e) {
        busy.set(false);
        ready.set(false);
        message.set(what + ": " + CsvWords.of(e));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private record Previewed(byte[] csv, ImportReport report) {
    }
}
