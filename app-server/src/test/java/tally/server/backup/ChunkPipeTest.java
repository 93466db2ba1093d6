package tally.server.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pipe of {@code GET /api/backup}: every byte arrives in order although each read runs on a
 * thread of its own that has ended before the next (the server's way, which cut a backup short
 * through {@code PipedInputStream}: "Read end dead"), and a reader that closes stops the writer.
 */
class ChunkPipeTest {
    @Test
    void every_byte_arrives_when_each_read_is_on_a_thread_that_then_ends() throws Exception {
        byte[] data = new byte[700_000];
        new Random(17).nextBytes(data);
        var pipe = new ChunkPipe();
        var writer = CompletableFuture.runAsync(() -> {
            try (var out = pipe.out) {
                for (int i = 0; i < data.length; i += 1000) {
                    out.write(data, i, Math.min(1000, data.length - i));
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        var got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (var threadPerRead = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().factory())) {
            for (int n; (n = threadPerRead.submit(() -> pipe.in.read(buffer, 0, buffer.length))
                    .get(30, TimeUnit.SECONDS)) >= 0; ) {
                got.write(buffer, 0, n);
            }
        }
        writer.get(30, TimeUnit.SECONDS);
        assertThat(got.toByteArray()).isEqualTo(data);
    }

    @Test
    void a_reader_that_closes_makes_the_writer_fail() throws Exception {
        var pipe = new ChunkPipe();
        pipe.in.close();
        var writer = CompletableFuture.runAsync(() -> {
            try (var out = pipe.out) {
                out.write(new byte[1_000_000]);
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        assertThat(writer).failsWithin(30, TimeUnit.SECONDS)
                .withThrowableOfType(ExecutionException.class)
                .withMessageContaining("the caller stopped reading the backup");
    }

}
