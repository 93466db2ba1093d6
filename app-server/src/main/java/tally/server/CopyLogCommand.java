package tally.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tally.eventstore.RawCommand;
import tally.eventstore.RawEvent;
import tally.eventstore.RawLogImporter;
import tally.eventstore.RawLogReader;

/**
 * {@code copy-log --data DIR --to jdbc:postgresql://...} (docs/scale.md, "Moving a site"): a
 * stopped single-machine site's log copied into an empty PostgreSQL log, positions, ids, users
 * and times unchanged, and its users into the shared users store ({@link CopyUsers}). The credentials come as {@code --store}'s do: {@code tally.store.username}
 * and {@code tally.store.password} from a {@code --config} file, {@code TALLY_STORE_PASSWORD}
 * from the environment, never a flag. The copy is one transaction on the PostgreSQL side, so a
 * failure half way leaves that log empty.
 */
final class CopyLogCommand {
    static final String USAGE = "usage: java -jar tally.jar copy-log --data DIR"
            + " --to jdbc:postgresql://HOST:PORT/DB [--config FILE]";
    private static final int PAGE = 2_000;
    private static final long PROGRESS_EVERY = 50_000;

    private CopyLogCommand() {
    }

    static int run(String[] args, Map<String, String> environment, PrintStream out,
                   PrintStream err) {
        Path data = null;
        String to = null;
        Path config = null;
        for (int i = 1; i < args.length; i += 2) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--data" -> data = value == null ? null : Path.of(value);
                case "--to" -> to = value;
                case "--config" -> config = value == null ? null : Path.of(value);
                default -> {
                    return usage(err, args[i].contains("pass") ? "there is no '" + args[i]
                            + "': a password on the command line is seen by every user of the"
                            + " machine; set " + StoreSettings.PASSWORD_VARIABLE + " or "
                            + StoreSettings.PASSWORD + " in the --config file"
                            : "unknown option '" + args[i] + "'");
                }
            }
        }
        if (data == null || to == null) {
            return usage(err, "copy-log needs --data DIR and --to jdbc:postgresql://HOST:PORT/DB");
        }
        StoreSettings.Postgres target;
        try {
            Map<String, Object> file = config == null ? Map.of() : Settings.readFile(config);
            target = StoreSettings.postgres(to, text(file.get(StoreSettings.USERNAME)),
                    text(file.get(StoreSettings.PASSWORD)), environment).orElseThrow();
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        Path site = data.toAbsolutePath().normalize();
        if (!Files.isRegularFile(site.resolve("events.mv.db"))) {
            err.println("tally: there is no Tally site in " + site + " (no events.mv.db)");
            return 1;
        }
        try (var lock = DataFolderLock.acquire(site);
             var log = EventStoreFactory.openLog(site);
             RawLogImporter into = EventStoreFactory.postgresImport(target)) {
            // The users first: a log copied without them would be a site nobody can sign in to.
            var users = CopyUsers.copy(site, target);
            long head = copy((RawLogReader) log, into, out);
            int commands = ((RawLogReader) log).rawCommands(head).size();
            out.println("copied " + head + " events (positions 1 to " + head + ") and "
                    + commands + " command ids without events, and " + users.copied()
                    + " users, of " + site + " into " + target.url()
                    + (users.kept() == 0 ? "" : " (" + users.kept() + " users of those names"
                    + " were there already and were kept as they were)"));
            return 0;
        } catch (IllegalStateException e) { // the folder's lock: a server runs on it
            err.println("tally: not copied: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) { // not empty, unreachable, refused: the store's sentence
            err.println("tally: not copied: " + StoreSettings.openFailure(e)
                    .orElse(String.valueOf(e.getMessage())));
            return 1;
        }
    }

    /** Every row up to the head, page by page; the ids without events; then the commit. */
    private static long copy(RawLogReader from, RawLogImporter into, PrintStream out) {
        long head = from.headPosition();
        long after = 0;
        long told = 0;
        for (List<RawEvent> page; !(page = from.rawEvents(after, head, PAGE)).isEmpty(); ) {
            into.add(page);
            after = page.getLast().position();
            if (after - told >= PROGRESS_EVERY) {
                out.println("copied " + after + " of " + head + " events");
                out.flush();
                told = after;
            }
        }
        List<RawCommand> commands = from.rawCommands(head);
        into.addCommands(commands);
        into.finish();
        return into.imported();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static int usage(PrintStream err, String problem) {
        err.println("tally: " + problem);
        err.println(USAGE);
        return 2;
    }
}
