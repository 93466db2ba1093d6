package tally.server.backup;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.io.IOException;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.eventstore.EventStore;
import tally.eventstore.RawLogReader;
import tally.users.UserStore;

/**
 * {@code GET /api/backup}: the backup file of this site as it stands, streamed while it is
 * written (docs/api.md, "Backups"). An admin's, or the key of {@code backup.key}'s.
 */
@Controller(BackupKey.ROUTE)
@ExecuteOn(TaskExecutors.BLOCKING)
final class BackupController {
    private static final Logger LOG = LoggerFactory.getLogger(BackupController.class);
    static final MediaType ZIP = MediaType.of("application/zip");

    private final RawLogReader log;
    private final UserStore users;

    BackupController(EventStore store, UserStore users) {
        this.log = (RawLogReader) store; // both engines read raw rows (H2, PostgreSQL)
        this.users = users;
    }

    @Get(produces = "application/zip")
    HttpResponse<StreamedFile> backup() {
        var pipe = new ChunkPipe();
        var in = pipe.in;
        var out = pipe.out;
        Thread.ofVirtual().name("backup-writer").start(() -> {
            try (out) {
                var manifest = BackupWriter.write(log, users, out, Clock.systemUTC().instant());
                LOG.info("backup taken: {} events (head {}), {} users", manifest.events(),
                        manifest.head(), manifest.users());
            } catch (IOException | RuntimeException e) {
                // The caller's copy then ends without its manifest, and is refused as whole.
                LOG.warn("a backup was not finished: {}", e.getMessage());
            }
        });
        // no-store: a file's answer is cacheable by default, and this one holds password hashes.
        return HttpResponse.ok(new StreamedFile(in, ZIP)).header("Content-Disposition",
                "attachment; filename=\"tally-backup.zip\"").header("Cache-Control", "no-store");
    }
}
