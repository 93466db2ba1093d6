package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shipped jar runs the console on Windows, macOS and Linux desktops: each one's JavaFX
 * classes and native libraries are inside it (issue 16). Run by failsafe after the jar is built.
 */
class TallyJarIT {
    private static final Path JAR = Path.of(System.getProperty("tally.jar"));

    @Test
    void the_jar_carries_javafx_for_windows_macos_and_linux() throws IOException {
        Set<String> entries;
        try (var jar = new JarFile(JAR.toFile())) {
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

    /** Intel and Apple-silicon Macs alike: each library holds JavaFX's own build for both. */
    @Test
    void every_mac_library_is_universal_with_the_intel_and_apple_silicon_builds_javafx_ships() {
        var shipped = dylibs(JAR);
        var intel = dylibs(Path.of(System.getProperty("tally.javafx.mac-x86_64")));
        var appleSilicon = dylibs(Path.of(System.getProperty("tally.javafx.mac-aarch64")));
        assertThat(intel).as("JavaFX's Intel Mac libraries").isNotEmpty();
        assertThat(shipped.keySet()).isEqualTo(intel.keySet()).isEqualTo(appleSilicon.keySet());
        shipped.forEach((name, bytes) -> {
            var universal = UniversalMachO.parse(bytes);
            assertThat(universal.cputypes()).as(name)
                    .containsExactly(UniversalMachO.X86_64, UniversalMachO.ARM64);
            assertThat(universal.slice(UniversalMachO.X86_64).bytes()).as(name + " x86_64")
                    .isEqualTo(intel.get(name));
            assertThat(universal.slice(UniversalMachO.ARM64).bytes()).as(name + " arm64")
                    .isEqualTo(appleSilicon.get(name));
            universal.slices().forEach(slice -> assertThat(slice.offset() % (1 << slice.align()))
                    .as(name + " slice offset on its alignment").isZero());
        });
    }

    private static Map<String, byte[]> dylibs(Path jarPath) {
        var found = new TreeMap<String, byte[]>();
        try (var jar = new JarFile(jarPath.toFile())) {
            for (var entry : jar.stream().filter(e -> e.getName().endsWith(".dylib")).toList()) {
                try (var in = jar.getInputStream(entry)) {
                    found.put(entry.getName(), in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(jarPath.toString(), e);
        }
        return found;
    }
}
