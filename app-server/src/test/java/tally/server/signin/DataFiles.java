package tally.server.signin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the files of a data folder hold, byte for byte. */
public final class DataFiles {
    private DataFiles() {
    }

    /** The files under {@code folder} whose bytes hold the text, in UTF-8 or UTF-16. */
    public static List<Path> holding(Path folder, String text) {
        var found = new ArrayList<Path>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (Charset charset : List.of(StandardCharsets.UTF_8,
                        StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
                    if (indexOf(bytes, text.getBytes(charset)) >= 0) {
                        found.add(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
