package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.server.openapi.TestSignIn;
import tally.server.signin.DataFiles;

/** {@code java -jar tally.jar users add ...}: what it says and what it leaves behind. */
class AddUserCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path data;

    private int run(String stdin, String... args) {
        return AddUserCommand.run(args, new ByteArrayInputStream(stdin.getBytes(
                StandardCharsets.UTF_8)), null, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void adds_a_user_with_the_password_from_standard_input_who_then_signs_in() {
        assertThat(run("first-admin-secret\n", "users", "add", "ida", "--role",
                "admin,supervisor", "--data", data.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("added user ida",
                "supervisor, admin");
        assertThat(DataFiles.holding(data, "first-admin-secret")).isEmpty();

        var settings = Settings.of(LaunchOptions.parse("server", "--port", "0", "--data",
                data.toString()));
        try (TallyServer server = TallyServer.start(settings)) {
            assertThat(TestSignIn.signIn(server.url(), "ida", "first-admin-secret"))
                    .isNotBlank();
        }
    }

    @Test
    void with_store_adds_the_user_to_the_shared_store_in_postgresql() {
        var server = tally.eventstore.postgres.TestPostgres.server();
        String url = server.freshDatabase();
        assertThat(run("shared-admin-secret\n", "users", "add", "ida", "--role", "admin",
                "--store", url + "?user=" + server.user())).as(errors()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("added user ida")
                .contains(url).doesNotContain("?user=");
        try (var store = tally.users.postgres.PostgresUserStore.open(url, server.user(), null)) {
            assertThat(store.user("ida")).map(u -> u.account().roles())
                    .hasValue(java.util.Set.of(tally.users.Role.ADMIN));
        }
        assertThat(run("x\n", "users", "add", "max", "--role", "admin", "--store",
                "jdbc:h2:mem:x")).isEqualTo(1);
        assertThat(errors()).contains("must be a jdbc:postgresql://");
    }

    @Test
    void a_taken_name_a_bad_value_or_no_password_exits_1_with_a_message() {
        String[] add = {"users", "add", "ida", "--role", "operator", "--data", data.toString()};
        assertThat(run("a-good-password\n", add)).isZero();
        assertThat(run("another-password\n", add)).isEqualTo(1);
        assertThat(errors()).contains("already a user 'ida'");
        assertThat(run("a-good-password\n", "users", "add", "Ida!", "--role", "operator",
                "--data", data.toString())).isEqualTo(1);
        assertThat(errors()).contains("username must be 1-40 characters");
        assertThat(run("short\n", "users", "add", "max", "--role", "operator", "--data",
                data.toString())).isEqualTo(1);
        assertThat(errors()).contains("password must be 10-200 characters")
                .doesNotContain("short\n");
        assertThat(run("a-good-password\n", "users", "add", "max", "--role", "boss", "--data",
                data.toString())).isEqualTo(1);
        assertThat(errors()).contains("unknown role 'boss'");
        assertThat(run("", "users", "add", "max", "--role", "operator", "--data",
                data.toString())).isEqualTo(1);
        assertThat(errors()).contains("no password");
        assertThat(run("a-good-password\n", "users", "add", "max", "--data", data.toString()))
                .isEqualTo(1);
        assertThat(errors()).contains("--role is required", "usage:");
    }

    @Test
    void a_folder_a_running_server_holds_is_refused_with_exit_1() {
        var settings = Settings.of(LaunchOptions.parse("server", "--port", "0", "--data",
                data.toString()));
        try (TallyServer server = TallyServer.start(settings)) {
            assertThat(run("a-good-password\n", "users", "add", "late", "--role", "operator",
                    "--data", data.toString())).isEqualTo(1);
            assertThat(errors()).contains("already using the data folder");
        }
    }

    @Test
    void sessions_survive_a_restart_and_signing_out_ends_them_for_good() throws Exception {
        var settings = Settings.of(LaunchOptions.parse("server", "--port", "0", "--data",
                data.toString()));
        String kept;
        String ended;
        try (TallyServer server = TallyServer.start(settings)) {
            kept = TestSignIn.token(server.url());
            ended = TestSignIn.signIn(server.url(), TestSignIn.USERNAME, TestSignIn.PASSWORD);
            assertThat(status(server, "DELETE", "/api/sessions/current", ended)).isEqualTo(204);
        }
        try (TallyServer again = TallyServer.start(settings)) {
            assertThat(status(again, "GET", "/api/products", kept)).isEqualTo(200);
            assertThat(status(again, "GET", "/api/products", ended)).isEqualTo(401);
        }
    }

    private static int status(TallyServer server, String method, String path, String token)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(server.url().resolve(path))
                .header("Authorization", "Bearer " + token)
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        return java.net.http.HttpClient.newHttpClient().send(request,
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
