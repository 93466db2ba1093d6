package tally.client.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownServersTest {
    private static final String FIRST = "81:8C:D3:55:CA:E9:A6:C0:4A:1C:5A:D1:08:2F:AE:BA:39:7D:E9"
            + ":1E:F7:DD:8B:97:29:5C:30:AF:9E:4B:D2:50";
    private static final String SECOND = FIRST.replace("81:8C", "AA:BB");

    @TempDir
    Path dir;

    @Test
    void a_server_is_named_by_host_and_port_with_the_default_port_spelled_out() {
        assertThat(KnownServers.nameOf(URI.create("https://Stores-PC:8443/"))).isEqualTo(
                "stores-pc:8443");
        assertThat(KnownServers.nameOf(URI.create("https://stores-pc"))).isEqualTo(
                "stores-pc:443");
        assertThat(KnownServers.nameOf(URI.create("https://[::1]:9000"))).isEqualTo("[::1]:9000");
    }

    @Test
    void nothing_is_trusted_before_the_file_exists() {
        var known = KnownServers.in(dir.resolve("none/known-servers"));
        assertThat(known.fingerprintOf("stores-pc:8443")).isEmpty();
        assertThat(known.file()).doesNotExist();
    }

    @Test
    void a_trusted_server_is_one_line_under_a_header_that_says_how_to_forget_it()
            throws Exception {
        var known = KnownServers.in(dir.resolve(".tally/known-servers"));
        known.trust("stores-pc:8443", FIRST);
        assertThat(known.fingerprintOf("stores-pc:8443")).contains(FIRST);
        assertThat(known.fingerprintOf("stores-pc:443")).isEmpty();
        assertThat(Files.readAllLines(known.file()))
                .contains("stores-pc:8443 " + FIRST)
                .anyMatch(line -> line.startsWith("#") && line.contains("Remove"));
    }

    @Test
    void trusting_again_replaces_that_servers_line_and_keeps_the_others() throws Exception {
        var known = KnownServers.in(dir.resolve("known-servers"));
        known.trust("stores-pc:8443", FIRST);
        known.trust("office:8443", FIRST);
        known.trust("stores-pc:8443", SECOND);
        assertThat(known.fingerprintOf("stores-pc:8443")).contains(SECOND);
        assertThat(known.fingerprintOf("office:8443")).contains(FIRST);
        assertThat(Files.readAllLines(known.file()))
                .filteredOn(line -> line.startsWith("stores-pc")).hasSize(1);
        assertThat(Files.list(dir)).containsExactly(known.file());
    }

    @Test
    void a_line_removed_by_hand_is_forgotten_at_once() throws Exception {
        var known = KnownServers.in(dir.resolve("known-servers"));
        known.trust("stores-pc:8443", FIRST);
        Files.writeString(known.file(), "# emptied by IT\n");
        assertThat(known.fingerprintOf("stores-pc:8443")).isEmpty();
    }

    @Test
    void a_system_property_points_the_console_at_another_file() {
        String before = System.getProperty(KnownServers.FILE_PROPERTY);
        try {
            System.setProperty(KnownServers.FILE_PROPERTY, dir.resolve("elsewhere").toString());
            assertThat(KnownServers.atDefaultPlace().file()).isEqualTo(dir.resolve("elsewhere"));
            System.clearProperty(KnownServers.FILE_PROPERTY);
            assertThat(KnownServers.atDefaultPlace().file()).isEqualTo(Path.of(
                    System.getProperty("user.home"), ".tally", "known-servers"));
        } finally {
            if (before != null) {
                System.setProperty(KnownServers.FILE_PROPERTY, before);
            }
        }
    }
}
