package tally.eventstore.h2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new folder's disk reserve is written by the guard's probe while the store starts (not on the
 * opening thread), yet is whole before the log lets a batch through; a store closed at once
 * neither cuts it short nor takes the disk for full.
 */
class DiskReserveTest {
    private static final long RESERVE = 8L << 20;

    @TempDir
    Path folder;

    @Test
    void the_whole_reserve_is_there_before_the_first_batch_goes() throws Exception {
        var guard = new DiskGuard(folder, RESERVE);
        try {
            assertThat(guard.refusal()).isNull();
            assertThat(Files.size(folder.resolve(DiskGuard.RESERVE))).isEqualTo(RESERVE);
            assertThat(guard.problem()).isNull();
        } finally {
            guard.close();
        }
    }

    @Test
    void a_guard_closed_at_once_leaves_a_whole_reserve_or_none_and_no_problem() throws Exception {
        for (int i = 0; i < 5; i++) {
            Path each = Files.createDirectory(folder.resolve("store-" + i));
            var guard = new DiskGuard(each, RESERVE);
            guard.close();
            Path reserve = each.resolve(DiskGuard.RESERVE);
            if (Files.exists(reserve)) {
                assertThat(Files.size(reserve)).isEqualTo(RESERVE);
            }
            assertThat(guard.problem()).as("closing is not a full disk").isNull();
        }
    }

    @Test
    void a_folder_that_has_its_reserve_keeps_it_and_takes_batches() throws Exception {
        Files.write(folder.resolve(DiskGuard.RESERVE), new byte[(int) RESERVE]);
        var guard = new DiskGuard(folder, RESERVE);
        try {
            assertThat(guard.refusal()).isNull();
            assertThat(Files.size(folder.resolve(DiskGuard.RESERVE))).isEqualTo(RESERVE);
        } finally {
            guard.close();
        }
    }
}
