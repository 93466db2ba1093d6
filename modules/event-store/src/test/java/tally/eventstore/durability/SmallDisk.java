package tally.eventstore.durability;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small filesystem of its own (tmpfs of a given size) for full-disk tests, and a filler file
 * that takes every byte left on it. Mounting needs root, as CI has: without it the test fails
 * saying so, rather than passing without having filled anything. Public for the app-server's
 * full-disk test, through the test-jar.
 */
public final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code megabytes} on a new folder under the temporary folder. */
    public static SmallDisk mount(int megabytes) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("tally-small-disk");
        String out = run(List.of("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs",
                dir.toString()));
        if (out != null) {
            Files.deleteIfExists(dir);
            fail("this test needs a small filesystem of its own and could not mount one (it must"
                    + " run as root, as CI does): mount -t tmpfs said: " + out);
        }
        return new SmallDisk(dir);
    }

    public Path path() {
        return mountPoint;
    }

    /**
     * Writes a filler file of every byte free now, stopping early if the disk refuses; returns it
     * (delete it to free the space). Like another program that filled the disk and stopped: what
     * the server frees meanwhile (its reserve) stays free.
     */
    public Path fill() throws IOException {
        return fillLeaving(0);
    }

    /** As {@link #fill()}, but leaves {@code bytes} free: a disk that has nearly filled up. */
    public Path fillLeaving(long bytes) throws IOException {
        Path filler = mountPoint.resolve("filler");
        long left = free() - bytes;
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            for (; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
        return filler;
    }

    /**
     * Grows the filler until {@code bytes} are left again: the server frees room by itself now
     * and then (its journal's files go once H2 has stored them), so a disk meant to stay full is
     * topped up before each look at it.
     */
    public void topUp(Path filler, long bytes) throws IOException {
        long left = free() - bytes;
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            for (; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    /** Bytes free on the disk now. */
    public long free() throws IOException {
        return Files.getFileStore(mountPoint).getUsableSpace();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        String out = run(List.of("umount", "-l", mountPoint.toString()));
        if (out != null) {
            throw new IOException("could not unmount " + mountPoint + ": " + out);
        }
        Files.deleteIfExists(mountPoint);
    }

    /** Null when the command succeeded, else what it said. */
    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return e.getMessage();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "did not end in 30 s";
        }
        return p.exitValue() == 0 ? null : "exit " + p.exitValue() + ": " + out;
    }
}
