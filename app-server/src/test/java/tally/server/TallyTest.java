package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

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
    void help_usage_errors_and_the_client_alone_stay_in_this_jvm() throws IOException {
        assertThat(command("--help")).isEmpty();
        assertThat(command("sever")).isEmpty();
        assertThat(command("server", "--port", "x")).isEmpty();
        assertThat(command("client")).isEmpty();
    }
}
