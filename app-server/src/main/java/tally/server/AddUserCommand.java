package tally.server;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import tally.users.Role;
import tally.users.Sessions;
import tally.users.SignInGuard;
import tally.users.UserAccount;
import tally.users.UserAccounts;
import tally.users.UserClock;
import tally.users.UserProblem;
import tally.users.UserStore;
import tally.users.h2.H2UserStore;
import tally.users.postgres.PostgresUserStore;

/**
 * {@code java -jar tally.jar users add USERNAME --role ROLE[,ROLE...] [--data DIR | --store URL]},
 * with the server stopped, or into a site's shared store in PostgreSQL while its nodes run
 * (docs/api.md, "Signing in"; docs/scale.md): the way to a first admin on a machine without a
 * console, or back in when every admin has forgotten. The password comes from standard input
 * (one line) or is asked twice on a terminal, never from the command line, where {@code ps}
 * would show it.
 */
final class AddUserCommand {
    static final String USAGE = "usage: java -jar tally.jar users add USERNAME"
            + " --role ROLE[,ROLE...] [--display-name NAME] [--data DIR | --store URL]\n"
            + "  roles: operator, supervisor, trainer, admin; the password is read from standard"
            + " input (one line) or asked on a terminal; with --data the server must be stopped;"
            + " --store jdbc:postgresql://HOST:PORT/DB?user=U (password: TALLY_STORE_PASSWORD)";

    /** Where: the data folder's H2 file, or the shared store when {@code store} is a URL. */
    private record Request(String username, Set<Role> roles, String displayName, Path data,
                           String store) {
        String where() {
            return store == null ? data.toAbsolutePath().normalize().toString()
                    : store.split("\\?", 2)[0]; // the URL without its parameters
        }
    }

    private AddUserCommand() {
    }

    /** Exit 0 when the user was added, 1 with a message otherwise. */
    static int run(String[] args, InputStream in, Console console, PrintStream out,
                   PrintStream err) {
        Request request;
        try {
            request = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("tally: " + e.getMessage());
            err.println(USAGE);
            return 1;
        }
        String password = console != null && console.isTerminal()
                ? asked(console, request.username()) : firstLine(in);
        if (password == null) {
            err.println("tally: no password (or the two typed differ): give it on standard"
                    + " input (one line) or run this on a terminal to be asked");
            return 1;
        }
        // A shared store's nodes may run: they see the new user on its first sign-in.
        try (DataFolderLock lock = request.store() == null
                ? DataFolderLock.acquire(request.data()) : null;
             UserStore store = request.store() == null ? H2UserStore.open(request.data())
                     : PostgresUserStore.open(request.store(), null,
                             System.getenv(StoreSettings.PASSWORD_VARIABLE))) {
            UserClock clock = UserClock.system();
            var accounts = new UserAccounts(store, new Sessions(store, clock, Duration.ofHours(1)),
                    new SignInGuard(clock), clock);
            UserAccount added = accounts.add(request.username(), password,
                    request.displayName(), request.roles());
            out.println("added user " + added.username() + " with the roles "
                    + String.join(", ", added.roles().stream().sorted().map(Role::wireName)
                    .toList()) + " in " + request.where());
            return 0;
        } catch (UserProblem e) {
            err.println("tally: " + (e.errors() == null ? e.getMessage() : String.join("; ",
                    e.errors().stream().map(f -> f.field() + " " + f.message()).toList())));
            return 1;
        } catch (IllegalStateException e) {
            err.println("tally: " + e.getMessage());
            return 1;
        }
    }

    private static Request parse(String[] args) {
        if (args.length < 3 || !args[0].equals("users") || !args[1].equals("add")
                || args[2].startsWith("-")) {
            throw new IllegalArgumentException("users takes: add USERNAME --role ROLE");
        }
        Set<Role> roles = null;
        String displayName = null;
        Path data = Path.of("tally-data");
        String store = null;
        for (int i = 3; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--role" -> roles = rolesOf(value);
                case "--display-name" -> displayName = value;
                case "--data" -> data = Path.of(value);
                case "--store" -> {
                    StoreSettings.check(value);
                    store = value;
                }
                default -> throw new IllegalArgumentException("unknown option '" + option + "'");
            }
        }
        if (roles == null) {
            throw new IllegalArgumentException("--role is required");
        }
        return new Request(args[2], roles, displayName, data, store);
    }

    private static Set<Role> rolesOf(String text) {
        var roles = EnumSet.noneOf(Role.class);
        for (String name : text.split(",", -1)) {
            roles.add(Role.ofWireName(name.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown role '" + name.strip() + "': operator, supervisor, trainer or"
                            + " admin")));
        }
        return roles;
    }

    private static String asked(Console console, String username) {
        char[] first = console.readPassword("Password for %s: ", username);
        char[] again = console.readPassword("The same again: ");
        try {
            if (first == null || again == null || !Arrays.equals(first, again)) {
                return null;
            }
            return new String(first);
        } finally {
            if (first != null) {
                Arrays.fill(first, ' ');
            }
            if (again != null) {
                Arrays.fill(again, ' ');
            }
        }
    }

    private static String firstLine(InputStream in) {
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .readLine();
            return line == null || line.isEmpty() ? null : line;
        } catch (IOException e) {
            return null;
        }
    }
}
