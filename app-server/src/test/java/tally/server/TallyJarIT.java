package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped jar runs the console on Windows, macOS and Linux desktops: each one's JavaFX
 * classes and native libraries are inside it (issue 16). Run by failsafe after the jar is built.
 */
class TallyJarIT {
    @Test
    void the_jar_carries_javafx_for_windows_macos_and_linux() throws IOException {
        Set<String> entries;
        try (var jar = new JarFile(Path.of(System.getProperty("tally.jar")).toFile())) {
            entries = jar.stream().map(e -> e.getName()).collect(Collectors.toSet());
        }
        assertThat(entries).as("Windows").contains("glass.dll", "prism_d3d.dll",
                "javafx_font.dll", "com/sun/glass/ui/win/WinApplication.class");
        assertThat(entries).as("macOS").contains("libglass.dylib", "libprism_es2.dylib",
                "libjavafx_font.dylib", "com/sun/glass/ui/mac/MacApplication.class");
        assertThat(entries).as("Linux").contains("libglass.so", "libglassgtk3.so",
                "libprism_es2.so", "com/sun/glass/ui/gtk/GtkApplication.class");
        assertThat(entries).as("the console and the server")
                .contains("tally/client/TallyClient.class", "tally/server/Tally.class");
    }
}
