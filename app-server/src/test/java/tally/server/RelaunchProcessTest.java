package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.client.testing.TestCertificates;
import tally.client.trust.KnownServers;
import tally.client.trust.ServerTrust;

/**
 * The launcher and its child JVM as the operating system sees them: signals reach the child,
 * exit codes come back, the data folder stays locked by one server, and an AOT cache this Java
 * cannot use is passed over without a word. (Ctrl-C signals the launcher and the child alike,
 * and the launcher then does what it does on SIGTERM; a test cannot send it reliably, since a
 * JVM started where SIGINT is ignored, as in a background job, ignores it too.)
 */
class RelaunchProcessTest {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java")
            .toString();

    @TempDir
    Path dir;

    /** The caches, trained once for the class: each training run costs seconds of two JVMs. */
    @TempDir
    static Path caches;

    private static Path usable;

    @Test
    void sigterm_to_the_launcher_stops_its_child_cleanly_and_frees_the_data_folder()
            throws Exception {
        Path data = dir.resolve("data");
        try (ChildServer launcher = ChildServer.start(withCache(usableCache()), data)) {
            ProcessHandle child = onlyChild(launcher.process());
            assertThat(Files.readString(Path.of("/proc/" + child.pid() + "/cmdline")))
                    .contains("-XX:AOTCache=");
            assertThat(health(launcher.url())).isEqualTo(200);
            launcher.terminate();
            assertThat(launcher.process().exitValue()).isEqualTo(143);
            assertThat(child.isAlive()).isFalse();
            assertThat(launcher.output()).noneMatch(RelaunchProcessTest::jvmWarning);
        }
        DataFolderLock.acquire(data).close();
    }

    @Test
    void the_child_stops_on_its_own_when_the_launcher_is_killed() throws Exception {
        Path data = dir.resolve("data");
        try (ChildServer launcher = ChildServer.start(withCache(usableCache()), data)) {
            ProcessHandle child = onlyChild(launcher.process());
            launcher.process().destroyForcibly().waitFor();
            assertThat(child.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        }
        DataFolderLock.acquire(data).close();
    }

    @Test
    void the_childs_exit_code_and_message_come_back_and_a_stale_cache_changes_nothing()
            throws Exception {
        List<String> options = withCache(staleCache());
        try (ChildServer first = ChildServer.start(options, dir)) {
            assertThat(health(first.url())).isEqualTo(200);
            assertThat(first.output()).noneMatch(RelaunchProcessTest::jvmWarning);
            var second = run(options, "server", "--port", "0", "--data", dir.toString());
            assertThat(second.exitValue()).isEqualTo(1);
            assertThat(output(second)).contains("already using the data folder")
                    .doesNotContain("[warning]");
        }
    }

    @Test
    void https_with_a_cache_gets_its_password_through_the_environment_never_a_command_line()
            throws Exception {
        String password = "pass-" + ProcessHandle.current().pid() + "-never-shown";
        Path keystore = TestCertificates.keystore(dir, "tally.p12", password, "localhost",
                "127.0.0.1");
        try (ChildServer launcher = ChildServer.start(withCache(usableCache()),
                Map.of("TALLY_TLS_KEYSTORE_PASSWORD", password), dir.resolve("data"),
                "--tls-keystore", keystore.toString())) {
            ProcessHandle child = onlyChild(launcher.process());
            String childLine = Files.readString(Path.of("/proc/" + child.pid() + "/cmdline"));
            assertThat(childLine).contains("-XX:AOTCache=", "--tls-keystore")
                    .doesNotContain(password);
            assertThat(Files.readString(Path.of("/proc/" + launcher.process().pid()
                    + "/cmdline"))).doesNotContain(password);
            assertThat(launcher.url().getScheme()).isEqualTo("https");
            var known = KnownServers.in(dir.resolve("known-servers"));
            known.trust(KnownServers.nameOf(launcher.url()),
                    TestCertificates.fingerprint(keystore, password));
            var https = HttpClient.newBuilder()
                    .sslContext(ServerTrust.sslContext(launcher.url(), known)).build();
            assertThat(https.send(HttpRequest.newBuilder(launcher.url().resolve("/health"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body()).contains("UP");
            launcher.terminate();
            assertThat(launcher.output()).anyMatch(line -> line.startsWith(
                    "Tally listening on https://")).noneMatch(line -> line.contains(password));
        }
    }

    @Test
    void help_and_usage_errors_answer_as_before_with_a_cache() throws Exception {
        List<String> options = withCache(usableCache());
        var help = run(options, "--help");
        assertThat(help.exitValue()).isZero();
        assertThat(output(help)).startsWith("usage:");
        var wrong = run(options, "sever");
        assertThat(wrong.exitValue()).isEqualTo(2);
        assertThat(output(wrong)).contains("unknown mode 'sever'");
    }

    /** What the JVM says of a cache it cannot use, unless told to keep quiet. */
    private static boolean jvmWarning(String line) {
        return line.contains("[warning]") || line.contains("[error")
                || line.contains("shared archive") || line.contains("AOT cache");
    }

    private static List<String> withCache(Path cache) {
        return List.of("-Dtally.archive=" + cache);
    }

    /** A real cache of this Java, trained without application classes: it maps, and fits. */
    private static synchronized Path usableCache() throws Exception {
        if (usable == null) {
            usable = train(caches.resolve("usable.aot"), List.of("-version"));
        }
        return usable;
    }

    /**
     * A real cache of this Java made for a JVM set up otherwise (without compressed pointers), as
     * one from another Java or for a rebuilt jar: this JVM must pass it over.
     */
    private static Path staleCache() throws Exception {
        return train(caches.resolve("stale.aot"), List.of("-XX:-UseCompressedOops", "-version"));
    }

    private static Path train(Path cache, List<String> run) throws Exception {
        var command = new ArrayList<>(List.of(JAVA, "-XX:AOTCacheOutput=" + cache));
        command.addAll(run);
        assertThat(new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor()).isZero();
        assertThat(cache).isRegularFile();
        return cache;
    }

    private static ProcessHandle onlyChild(Process launcher) {
        List<ProcessHandle> children = launcher.children().toList();
        assertThat(children).hasSize(1);
        return children.get(0);
    }

    private static Process run(List<String> options, String... args) throws Exception {
        var command = new ArrayList<>(List.of(JAVA, "-cp", System.getProperty("java.class.path"),
                "-Djava.awt.headless=true"));
        command.addAll(options);
        command.add(Tally.class.getName());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue(); // two JVMs: over 120 s at load 30
        return p;
    }

    private static String output(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static int health(URI server) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.resolve("/health"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
