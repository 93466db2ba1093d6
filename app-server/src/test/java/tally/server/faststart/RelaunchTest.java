package tally.server.faststart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the jar hands the server to a child JVM with its AOT cache, and how. */
class RelaunchTest {
    private static final List<String> JVM = List.of("/opt/java/bin/java", "-Xmx512m", "-jar",
            "tally.jar");

    @TempDir
    Path dir;

    private Optional<Path> cache() throws IOException {
        return Optional.of(Files.writeString(dir.resolve("tally.aot"), "cache"));
    }

    /** As in a real command line, the arguments end the JVM's. */
    static List<String> commandLine(List<String> jvm, String... args) {
        var argv = new java.util.ArrayList<>(jvm);
        if (!jvm.isEmpty()) {
            argv.addAll(List.of(args));
        }
        return argv;
    }

    private Optional<List<String>> command(List<String> jvm, String... args) throws IOException {
        return Relaunch.command(commandLine(jvm, args), cache(), 4242, HeapLimit.DEFAULT);
    }

    @Test
    void with_a_cache_the_server_runs_in_a_child_given_the_cache_and_the_same_command_line()
            throws IOException {
        List<String> child = command(JVM, "server", "--port", "0").orElseThrow();
        assertThat(child).containsExactly("/opt/java/bin/java",
                "-XX:AOTCache=" + dir.resolve("tally.aot").toAbsolutePath(),
                "-Xlog:aot*=off", "-XX:MaxGCPauseMillis=10",
                "-XX:MaxTenuringThreshold=2", "-Dtally.launcher=4242",
                "-Xmx512m", "-jar", "tally.jar", "server", "--port", "0");
    }

    @Test
    void the_child_gets_the_heap_limit_and_gives_memory_back_when_idle() throws IOException {
        List<String> child = Relaunch.command(commandLine(List.of("/opt/java/bin/java", "-jar",
                "tally.jar"), "server"), cache(), 4242, HeapLimit.parse("2g")).orElseThrow();
        assertThat(child).containsSubsequence("-Xmx2048m", "-XX:MinHeapSize=32m",
                "-XX:G1PeriodicGCInterval=15000", "-jar", "tally.jar", "server");
        assertThat(Relaunch.command(commandLine(List.of("java", "-jar", "tally.jar"), "server"),
                cache(), 1, HeapLimit.DEFAULT).orElseThrow()).contains("-Xmx512m");
    }

    @Test
    void a_heap_size_the_command_line_chose_itself_is_left_alone() throws IOException {
        for (String option : List.of("-Xmx4g", "-XX:MaxHeapSize=1g", "-XX:MaxRAMPercentage=10",
                "-XX:MaxRAM=8g")) {
            List<String> child = command(List.of("java", option, "-jar", "tally.jar"), "server")
                    .orElseThrow();
            assertThat(child).as(option).contains(option)
                    .doesNotContain("-Xmx512m", "-XX:MinHeapSize=32m");
        }
    }

    @Test
    void without_a_cache_the_server_runs_in_this_jvm() {
        List<String> argv = commandLine(JVM, "server");
        assertThat(Relaunch.command(argv, Optional.empty(), 1, HeapLimit.DEFAULT)).isEmpty();
        assertThat(Relaunch.command(argv, Optional.of(dir.resolve("missing.aot")), 1,
                HeapLimit.DEFAULT)).isEmpty();
    }

    @Test
    void a_command_line_that_chose_its_own_class_sharing_is_left_alone() throws IOException {
        for (String option : List.of("-Xshare:off", "-XX:SharedArchiveFile=mine.jsa",
                "-XX:ArchiveClassesAtExit=new.jsa", "-XX:DumpLoadedClassList=classes.txt",
                "-XX:SharedClassListFile=classes.txt", "-XX:AOTCache=mine.aot",
                "-XX:AOTCacheOutput=new.aot", "-XX:AOTMode=record",
                "-XX:AOTConfiguration=new.aotconf", "-Dtally.launcher=17")) {
            assertThat(command(List.of("java", option, "-jar", "tally.jar"), "server"))
                    .as(option).isEmpty();
        }
    }

    @Test
    void an_unknown_command_line_of_this_jvm_stays_in_this_jvm() throws IOException {
        assertThat(command(List.of(), "server")).isEmpty();
    }

    @Test
    void the_cache_is_named_by_a_property_or_switched_off_with_none() {
        String before = System.getProperty(Relaunch.CACHE);
        try {
            System.setProperty(Relaunch.CACHE, dir.resolve("x.aot").toString());
            assertThat(Relaunch.cache()).contains(dir.resolve("x.aot"));
            System.setProperty(Relaunch.CACHE, "none");
            assertThat(Relaunch.cache()).isEmpty();
            System.clearProperty(Relaunch.CACHE);
            // Run from class folders, as here, there is no jar to find a cache beside.
            assertThat(Relaunch.cache()).isEmpty();
        } finally {
            if (before == null) {
                System.clearProperty(Relaunch.CACHE);
            } else {
                System.setProperty(Relaunch.CACHE, before);
            }
        }
    }
}
