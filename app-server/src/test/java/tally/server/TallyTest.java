package tally.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines of the jar hand the server to a child JVM with the AOT cache. */
class TallyTest {
    private static final List<String> JVM = List.of("/opt/java/bin/java", "-Xmx512m", "-jar",
            "tally.jar");

    @TempDir
    Path dir;

    /** As in a real command line, the arguments end the JVM's. */
    private Optional<List<String>> command(String... args) throws IOException {
        var argv = new ArrayList<>(JVM);
        argv.addAll(List.of(args));
        Path cache = Files.writeString(dir.resolve("tally.aot"), "cache");
        return Tally.childCommand(args, argv, Optional.of(cache), 4242);
    }

    @Test
    void the_server_demo_and_the_default_mode_run_in_a_child() throws IOException {
        assertThat(command("server", "--port", "0")).isPresent();
        assertThat(command("demo")).isPresent();
        assertThat(command()).isPresent();
    }

    @Test
    void the_server_child_gets_the_max_heap_of_the_command_line() throws IOException {
        var argv = new ArrayList<>(List.of("/opt/java/bin/java", "-jar", "tally.jar", "server",
                "--max-heap", "768m"));
        Path cache = Files.writeString(dir.resolve("tally.aot"), "cache");
        assertThat(Tally.childCommand(new String[] {"server", "--max-heap", "768m"}, argv,
                Optional.of(cache), 1).orElseThrow()).contains("-Xmx768m");
        assertThat(command("server", "--max-heap", "1k")).isEmpty();
    }

    @Test
    void a_settings_file_can_give_the_heap_limit_and_the_flag_wins_over_it() throws IOException {
        Path file = Files.writeString(dir.resolve("site.yml"), "tally:\n  max-heap: 1g\n");
        assertThat(withoutOwnHeap("server", "--config", file.toString()))
                .contains("-Xmx1024m").doesNotContain("-Xmx512m");
        assertThat(withoutOwnHeap("server", "--config", file.toString(), "--max-heap", "256m"))
                .contains("-Xmx256m").doesNotContain("-Xmx1024m");
        assertThat(withoutOwnHeap("server")).contains("-Xmx512m");
    }

    private List<String> withoutOwnHeap(String... args) throws IOException {
        var argv = new ArrayList<>(List.of("/opt/java/bin/java", "-jar", "tally.jar"));
        argv.addAll(List.of(args));
        Path cache = Files.writeString(dir.resolve("tally.aot"), "cache");
        return Tally.childCommand(args, argv, Optional.of(cache), 1).orElseThrow();
    }

    @Test
    void a_bad_heap_limit_in_the_settings_file_is_named_by_this_jvm() throws IOException {
        Path file = Files.writeString(dir.resolve("site.properties"), "tally.max-heap=lots\n");
        assertThat(command("server", "--config", file.toString())).isEmpty();
        var options = LaunchOptions.parse("server", "--config", file.toString());
        assertThatThrownBy(() -> Settings.of(options))
                .hasMessage("tally.max-heap must be a size from 128m to 64g, such as 512m or 2g,"
                        + " not 'lots'");
    }

    @Test
    void help_usage_errors_and_the_client_alone_stay_in_this_jvm() throws IOException {
        assertThat(command("--help")).isEmpty();
        assertThat(command("sever")).isEmpty();
        assertThat(command("server", "--port", "x")).isEmpty();
        assertThat(command("client")).isEmpty();
    }
}
