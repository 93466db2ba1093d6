package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.events.InventoryEvent.ProductRegistered;
import tally.events.InventoryEvent.StockReceived;
import tally.events.StoredEvent;
import tally.eventstore.AppendRequest;
import tally.eventstore.EventStoreOptions;
import tally.eventstore.ExpectedVersion;
import tally.eventstore.h2.H2EventStore;
import tally.users.Passwords;
import tally.users.Role;
import tally.users.StoredUser;
import tally.users.UserAccount;
import tally.users.h2.H2UserStore;

/**
 * {@code backup} of a stopped site and {@code restore}'s refusals: a folder that holds anything
 * is left exactly as it was, and a damaged or cut-short file leaves no half site behind.
 */
class BackupCommandsTest {
    @TempDir
    Path tmp;
    Path site;
    Path file;
    List<StoredEvent> log;
    List<StoredUser> users;

    @BeforeEach
    void a_stopped_site_with_a_log_and_users() {
        site = tmp.resolve("site");
        file = tmp.resolve("site.zip");
        try (var store = H2EventStore.open(EventStoreOptions.in(site))) {
            store.appendAndWait(new AppendRequest(StoredEvent.streamOf("BOLT-1"),
                    ExpectedVersion.ANY, "c-1", "ann", "fp-1",
                    List.of(new ProductRegistered("BOLT-1", "Bolt", 0))));
            for (int i = 1; i <= 50; i++) {
                store.appendAndWait(new AppendRequest(StoredEvent.streamOf("BOLT-1"),
                        ExpectedVersion.ANY, "r-" + i, "ann", "fp-r" + i,
                        List.of(new StockReceived("BOLT-1", "A-01", i, null))));
            }
            store.appendAndWait(new AppendRequest(StoredEvent.streamOf("BOLT-1"),
                    ExpectedVersion.ANY, "count-1", "bob", "fp-count", List.of()));
            log = store.readAll(0, 1000);
        }
        try (var store = H2UserStore.open(site)) {
            store.insert(new StoredUser(new UserAccount("ann", "Ann", EnumSet.of(Role.ADMIN),
                    true), Passwords.hash("ann-password-1")), Instant.now());
            store.insert(new StoredUser(new UserAccount("bob", "Bob", EnumSet.of(Role.OPERATOR,
                    Role.SUPERVISOR), false), Passwords.hash("bob-password-1")),
                    Instant.now());
            users = store.users();
        }
    }

    @Test
    void a_stopped_site_is_backed_up_and_restored_with_the_same_log_and_users() {
        var backup = run("backup", "--data", site.toString(), "--to", file.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("with the server stopped", "positions 1 to 51",
                "1 command ids without events", "2 users");
        Path restored = tmp.resolve("new").resolve("restored");

        var restore = run("restore", file.toString(), "--data", restored.toString());

        assertThat(restore.exit()).as(restore.err()).isZero();
        try (var store = H2EventStore.open(EventStoreOptions.in(restored))) {
            assertThat(store.readAll(0, 1000)).isEqualTo(log);
            assertThat(store.findCommand("count-1")).isPresent().get()
                    .extracting(r -> r.user()).isEqualTo("bob");
        }
        try (var store = H2UserStore.open(restored)) {
            assertThat(store.users()).isEqualTo(users);
            assertThat(Passwords.matches("ann-password-1",
                    store.user("ann").orElseThrow().passwordHash())).isTrue();
        }
    }

    @Test
    void restore_refuses_a_folder_that_holds_a_site_and_changes_nothing_there() throws Exception {
        assertThat(run("backup", "--data", site.toString(), "--to", file.toString()).exit())
                .isZero();
        Map<String, String> before = snapshot(site);

        var restore = run("restore", file.toString(), "--data", site.toString());

        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).startsWith("tally: not restored: ")
                .contains("is not empty", "events.mv.db").hasLineCount(1);
        assertThat(snapshot(site)).isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void a_cut_short_backup_is_refused_and_leaves_no_half_site() throws Exception {
        assertThat(run("backup", "--data", site.toString(), "--to", file.toString()).exit())
                .isZero();
        byte[] whole = Files.readAllBytes(file);
        Path cut = tmp.resolve("cut.zip");
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 200));
        Path target = tmp.resolve("target");

        var restore = run("restore", cut.toString(), "--data", target.toString());

        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).contains("cannot be restored", "nothing was restored")
                .hasLineCount(1);
        assertThat(target).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void a_damaged_backup_is_refused_and_leaves_an_empty_target_empty() throws Exception {
        assertThat(run("backup", "--data", site.toString(), "--to", file.toString()).exit())
                .isZero();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 3] ^= 0x55; // inside the events' compressed lines
        Path damaged = tmp.resolve("damaged.zip");
        Files.write(damaged, bytes);
        Path target = Files.createDirectories(tmp.resolve("empty"));

        var restore = run("restore", damaged.toString(), "--data", target.toString());

        assertThat(restore.exit()).isEqualTo(1);
        assertThat(restore.err()).contains("cannot be restored").hasLineCount(1);
        try (Stream<Path> left = Files.list(target)) {
            assertThat(left).isEmpty();
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void a_folder_without_a_site_is_not_backed_up() {
        var backup = run("backup", "--data", tmp.resolve("nothing").toString(), "--to",
                file.toString());

        assertThat(backup.exit()).isEqualTo(1);
        assertThat(backup.err()).contains("there is no Tally site in");
        assertThat(file).doesNotExist();
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8));
    }

    /** Each file's name with its size and last change. */
    private static Map<String, String> snapshot(Path folder) throws IOException {
        var files = new TreeMap<String, String>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path p : all.toList()) {
                files.put(p.getFileName().toString(), Files.size(p) + "@"
                        + Files.getLastModifiedTime(p));
            }
        }
        return files;
    }

    /** A restore's working folders beside its target: none may be left. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> all = Files.walk(tmp, 2)) {
            return all.filter(p -> p.getFileName().toString().contains(".restoring-")).toList();
        }
    }
}
