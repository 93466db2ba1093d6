package tally.client.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.client.testing.ViewModelRig;

/**
 * The import screen's choice: a bins file goes to the bins import, its preview and its import
 * alike, and choosing the other kind drops a preview so that it cannot be imported as that.
 */
class ImportChoiceTest {
    private final ViewModelRig rig = new ViewModelRig().started();
    private final ImportProductsViewModel vm = new ImportProductsViewModel(rig.api, rig.ui,
            new SimpleBooleanProperty(true));

    @TempDir
    Path folder;

    @Test
    void a_bins_file_is_previewed_and_imported_as_bins() throws IOException {
        Path file = Files.writeString(folder.resolve("bins.csv"), "location,zone\nE-01,E\n");
        vm.kindProperty().set(ImportChoice.BINS);
        assertThat(vm.messageProperty().get()).isEqualTo("Choose a CSV file with the columns"
                + " location and optionally description,zone,capacity.");
        vm.pathProperty().set(file.toString());
        vm.preview();
        assertThat(rig.api.binImports).containsExactly("location,zone\nE-01,E\n");
        assertThat(vm.rows()).extracting(r -> r.line() + " " + r.sku() + " " + r.action())
                .containsExactly("2 E-01 new");
        assertThat(vm.messageProperty().get()).isEqualTo("1 row: 1 new, 0 unchanged, 0 bad."
                + " Ready to import.");
        vm.importAll();
        assertThat(rig.api.binImports).hasSize(2);
        assertThat(vm.messageProperty().get()).isEqualTo("Imported: 1 defined, 0 already there.");
    }

    @Test
    void choosing_the_other_kind_drops_the_preview() throws IOException {
        Path file = Files.writeString(folder.resolve("bins.csv"), "location\nE-01\n");
        vm.kindProperty().set(ImportChoice.BINS);
        vm.pathProperty().set(file.toString());
        vm.preview();
        assertThat(vm.canImportProperty().get()).isTrue();
        vm.kindProperty().set(ImportChoice.PRODUCTS);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("Choose a CSV file with the columns"
                + " sku,name and optionally reorderPoint.");
    }
}
