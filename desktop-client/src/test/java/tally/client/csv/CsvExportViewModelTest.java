package tally.client.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.client.testing.ViewModelRig;

/** Saving an export: what the server answered, whole, at the path chosen; failures said. */
class CsvExportViewModelTest {
    private final ViewModelRig rig = new ViewModelRig().started().signedInAs("operator");
    private final CsvExportViewModel vm = new CsvExportViewModel(rig.api, rig.ui);

    @TempDir
    Path folder;

    @Test
    void saves_the_servers_csv_to_the_chosen_file_replacing_an_older_one() throws Exception {
        Path target = folder.resolve("stock.csv");
        Files.writeString(target, "an older export, longer than the new one\n".repeat(20));
        vm.save(ExportKind.STOCK, target);

        assertThat(rig.api.exports).containsExactly("/api/stock");
        assertThat(Files.readString(target)).isEqualTo("list\r\n\"/api/stock, as CSV\"\r\n");
        assertThat(vm.messageProperty().get()).isEqualTo("Saved 1 row to stock.csv");
        try (var left = Files.list(folder)) {
            assertThat(left).containsExactly(target); // no part file left behind
        }
    }

    @Test
    void asks_for_the_most_activity_the_server_answers_at_once() {
        vm.save(ExportKind.ACTIVITY, folder.resolve("a.csv"));
        assertThat(rig.api.exports).containsExactly("/api/activity?limit=500");
    }

    @Test
    void a_server_that_does_not_answer_leaves_no_file_and_says_so() {
        rig.api.setDown(true);
        Path target = folder.resolve("locations.csv");
        vm.save(ExportKind.LOCATIONS, target);
        assertThat(target).doesNotExist();
        assertThat(vm.messageProperty().get()).isEqualTo(
                "Not saved: the server did not answer; nothing was sent. Try again.");
    }

    @Test
    void a_folder_that_cannot_be_written_is_said_without_a_class_name() {
        vm.save(ExportKind.STOCK, folder.resolve("no-such-folder").resolve("stock.csv"));
        assertThat(vm.messageProperty().get()).startsWith("Not saved: the file could not be")
                .doesNotContain("Exception");
    }
}
