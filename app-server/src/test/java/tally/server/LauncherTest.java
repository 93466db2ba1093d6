package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.server.demo.DemoUsers;
import tally.server.openapi.CheckedHttp;
import tally.server.openapi.TestSignIn;
import tally.users.Role;
import tally.users.UserAccounts;

class LauncherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int launch(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void help_prints_usage_to_stdout_and_exits_0() {
        assertThat(launch("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("usage:", "--port", "demo");
        assertThat(err.size()).isZero();
    }

    @Test
    void a_wrong_mode_prints_usage_to_stderr_and_exits_2() {
        assertThat(launch("sever")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown mode 'sever'", "usage:");
        assertThat(out.size()).isZero();
    }

    @Test
    void a_wrong_option_prints_usage_to_stderr_and_exits_2() {
        assertThat(launch("server", "--verbose")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown option '--verbose'", "usage:");
    }

    @Test
    void a_port_in_use_is_one_line_and_exit_1_and_leaves_no_data_folder(@TempDir Path dir)
            throws Exception {
        Path data = dir.resolve("site");
        int port;
        try (var taken = new java.net.ServerSocket(0, 50,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            port = taken.getLocalPort();
            assertThat(launch("server", "--port", String.valueOf(port), "--data",
                    data.toString())).isEqualTo(1);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("tally: port " + port
                + " on 127.0.0.1 is already in use (another Tally, or another program): stop it,"
                + " or choose another port with --port" + System.lineSeparator());
        assertThat(data).doesNotExist();
        assertThat(out.size()).isZero();
    }

    @Test
    void a_heap_limit_out_of_range_is_one_line_of_error_and_exits_2() {
        assertThat(launch("server", "--max-heap", "64m")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().findFirst()).contains(
                "tally: --max-heap must be a size from 128m to 64g, such as 512m or 2g, not '64m'");
        assertThat(out.size()).isZero();
    }

    @Test
    void a_missing_settings_file_is_named_and_exits_2(@TempDir Path dir) {
        assertThat(launch("server", "--config", dir.resolve("nope.yml").toString()))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nope.yml", "does not exist");
    }

    @Test
    void a_second_server_on_the_same_data_folder_is_refused_with_the_folder_named(
            @TempDir Path dir) {
        Map<String, Object> settings = Settings.of(
                LaunchOptions.parse("server", "--port", "0", "--data", dir.toString()));
        try (TallyServer first = TallyServer.start(settings)) {
            assertThat(first.port()).isPositive();
            assertThat(launch("server", "--port", "0", "--data", dir.toString())).isEqualTo(1);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .contains("already using the data folder " + dir.toAbsolutePath());
        }
    }

    @Test
    void settings_come_from_a_file_and_flags_win_over_it(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tally.yml");
        Files.writeString(file, "tally:\n  data: from-file\n  durability: fsync\n"
                + "micronaut:\n  server:\n    port: 9191\n");
        var fromFile = Settings.of(LaunchOptions.parse("server", "--config", file.toString()));
        assertThat(fromFile.get("tally.durability")).isEqualTo("fsync");
        assertThat(fromFile.get(Settings.DATA).toString()).endsWith("from-file");
        assertThat(fromFile.get(Settings.PORT)).isEqualTo(9191);
        var flagsWin = Settings.of(LaunchOptions.parse("server", "--config", file.toString(),
                "--port", "0", "--data", "from-flag"));
        assertThat(flagsWin.get(Settings.PORT)).isEqualTo(-1);
        assertThat(flagsWin.get(Settings.DATA).toString()).endsWith("from-flag");
    }

    @Test
    void a_demo_keeps_its_data_apart_from_the_default_folder() {
        assertThat(Settings.of(LaunchOptions.parse("demo")).get(Settings.DATA).toString())
                .endsWith("tally-demo");
        assertThat(Settings.of(LaunchOptions.parse("server")).get(Settings.DATA).toString())
                .endsWith("tally-data");
    }

    @Test
    void a_demo_runs_a_strict_register_and_a_site_an_open_one_unless_told() {
        assertThat(Settings.of(LaunchOptions.parse("demo")).get(Settings.LOCATIONS))
                .isEqualTo("strict");
        assertThat(Settings.of(LaunchOptions.parse("server")).get(Settings.LOCATIONS))
                .isEqualTo("open");
        assertThat(Settings.of(LaunchOptions.parse("server", "--locations", "strict"))
                .get(Settings.LOCATIONS)).isEqualTo("strict");
        assertThat(Settings.of(LaunchOptions.parse("demo", "--locations", "open"))
                .get(Settings.LOCATIONS)).isEqualTo("open");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LaunchOptions.parse(
                "--locations", "closed")).hasMessageContaining("--locations must be strict or open");
    }

    @Test
    void a_settings_files_register_setting_is_read_and_a_typo_in_it_named(@TempDir Path dir)
            throws Exception {
        Path good = Files.writeString(dir.resolve("good.yml"), "tally:\n  locations: Strict\n");
        Path typo = Files.writeString(dir.resolve("typo.yml"), "tally:\n  locations: strickt\n");

        assertThat(Settings.of(LaunchOptions.parse("server", "--config", good.toString()))
                .get(Settings.LOCATIONS)).isEqualTo("strict");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.of(
                LaunchOptions.parse("server", "--config", typo.toString())))
                .hasMessage("tally.locations must be strict or open, not 'strickt'");
        Path durability = Files.writeString(dir.resolve("durability.yml"),
                "tally:\n  durability: fsink\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Settings.of(
                LaunchOptions.parse("server", "--config", durability.toString())))
                .hasMessage("tally.durability must be 'default' or 'fsync', not 'fsink'");
    }

    @Test
    void the_demos_bins_take_stock_a_mistyped_one_is_refused_and_its_trainer_may_receive(
            @TempDir Path dir) {
        Map<String, Object> settings = Settings.of(
                LaunchOptions.parse("demo", "--port", "0", "--data", dir.toString()));
        try (TallyServer demo = TallyServer.start(settings)) {
            tally.server.demo.SampleWarehouse.seedIfEmpty(demo.eventStore());
            var http = new tally.server.openapi.CheckedHttp(demo.url());

            var sampleBin = http.post("/api/commands/receive-stock", "{\"sku\":\"SKU-1001\","
                    + "\"location\":\"B-02-1\",\"quantity\":5}");
            var mistyped = http.post("/api/commands/receive-stock", "{\"sku\":\"SKU-1001\","
                    + "\"location\":\"b-02-1\",\"quantity\":5}");

            assertThat(sampleBin.status()).isEqualTo(200);
            assertThat(mistyped.status()).isEqualTo(422);
            assertThat(mistyped.body()).contains("bin b-02-1 is not in the register; did you"
                    + " mean B-02-1?");

            // The demo's trainer is an operator too: it shows the class a command of its own.
            UserAccounts accounts = demo.context().getBean(UserAccounts.class);
            var users = DemoUsers.seed(accounts, new PrintStream(OutputStream.nullOutputStream()));
            for (var user : users) {
                Role own = Role.ofWireName(user.username()).orElseThrow();
                assertThat(accounts.find(user.username()).orElseThrow().roles())
                        .as(user.username()).isEqualTo(own == Role.TRAINER
                                ? Set.of(Role.TRAINER, Role.OPERATOR) : Set.of(own));
            }
            String password = users.stream().filter(u -> u.username().equals("trainer"))
                    .findFirst().orElseThrow().password();
            var trainer = CheckedHttp.authorized(demo.url(), "Bearer "
                    + TestSignIn.signIn(demo.url(), "trainer", password));
            assertThat(trainer.post("/api/commands/receive-stock", "{\"sku\":\"SKU-1001\","
                    + "\"location\":\"B-02-1\",\"quantity\":1}").status()).isEqualTo(200);
        }
    }
}
