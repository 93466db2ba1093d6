package tally.server.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A pipe from the backup's writer thread to the answer's body. Not {@code PipedInputStream}: that
 * one fails the writer with "Read end dead" as soon as the thread that last read has ended, and
 * the server reads a streamed answer on whichever thread is free (a backup was cut short so).
 * Chunks go through a short queue, so a slow reader holds the writer back (no memory grows);
 * a reader that closes (the caller went away) makes the writer's next write fail.
 */
final class ChunkPipe {
    private static final byte[] END = new byte[0];
    private static final int CHUNK = 64 * 1024;

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(4);
    private volatile boolean readerClosed;

    final OutputStream out = new OutputStream() {
        private final byte[] buffer = new byte[CHUNK];
        private int filled;
        private boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                int n = Math.min(len, CHUNK - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == CHUNK) {
                    flush();
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (filled > 0) {
                put(Arrays.copyOf(buffer, filled));
                filled = 0;
            }
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                flush();
                put(END);
            }
        }
    };

    final InputStream in = new InputStream() {
        private byte[] current;
        private int next;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (current == END) {
                return -1;
            }
            if (current == null || next == current.length) {
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while waiting for the backup", e);
                }
                next = 0;
                if (current == END) {
                    return -1;
                }
            }
            int n = Math.min(len, current.length - next);
            System.arraycopy(current, next, b, off, n);
            next += n;
            return n;
        }

        @Override
        public void close() {
            readerClosed = true;
            chunks.clear(); // frees a writer waiting for room, which then sees the flag
        }
    };

    private void put(byte[] chunk) throws IOException {
        try {
            while (!chunks.offer(chunk, 1, TimeUnit.SECONDS)) {
                if (readerClosed) {
                    throw new IOException("the caller stopped reading the backup");
                }
            }
            if (readerClosed) {
                throw new IOException("the caller stopped reading the backup");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the backup", e);
        }
    }
}
