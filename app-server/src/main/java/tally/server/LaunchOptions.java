package tally.server;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import tally.server.faststart.HeapLimit;

/**
 * The command line of {@code tally.jar}, as in docs/api.md, "Starting it". Options left out stay
 * empty so that a settings file ({@code --config}) can supply them; flags win over the file.
 */
record LaunchOptions(Mode mode, Optional<Integer> port, Optional<String> host, Optional<Path> data,
                     URI server, Optional<Path> config, Optional<Path> tlsKeystore,
                     Optional<String> locations, Optional<Integer> history, HeapLimit maxHeap,
                     Optional<String> store, boolean help) {

    enum Mode { AUTO, SERVER, CLIENT, DEMO }

    static final URI DEFAULT_SERVER = URI.create("http://localhost:8080");

    static final String USAGE = """
            usage: java -jar tally.jar [MODE] [OPTIONS]
            modes:
              server          the server alone, headless
              client          the desktop client alone, against --server
              demo            server and client in one process, on a sample warehouse
              (none)          server and client where a display exists, otherwise the server
              users add NAME --role ROLE[,ROLE...] [--data DIR | --store URL]
                              adds a user, with the server stopped (or to the shared store of
                              --store while nodes run); the password is read from standard
                              input or asked on a terminal
              backup --data DIR --to FILE
                              a consistent copy of the site (log and users), also while its
                              server runs and takes commands
              restore FILE --data DIR
                              puts a backup into an empty or new folder
              copy-log --data DIR --to jdbc:postgresql://HOST:PORT/DB [--config FILE]
                              copies a stopped site's log into an empty PostgreSQL log
                              (docs/scale.md); credentials as for --store
            options:
              --port N        port of HTTP (or HTTPS with --tls-keystore); 0 picks a free one
                              and prints it (default 8080)
              --host ADDR     address to listen on (default 127.0.0.1)
              --data DIR      folder of the H2 files (default ./tally-data; demo: ./tally-demo)
              --store jdbc:postgresql://HOST:PORT/DB
                              keep the event log in that PostgreSQL database, shared with
                              other nodes, instead of under --data (docs/scale.md); its
                              password from TALLY_STORE_PASSWORD or tally.store.password in
                              the --config file, never from a flag
              --server URL    (client) the server to use (default http://localhost:8080)
              --locations strict|open
                              strict: stock goes only to bins of the register; open: to any
                              code (default open; demo: strict)
              --config FILE   settings file (.yml or .properties), e.g. tally.durability: fsync;
                              flags win over it
              --tls-keystore FILE
                              serve HTTPS, not HTTP, with this PKCS12 keystore; its password
                              comes from TALLY_TLS_KEYSTORE_PASSWORD or from
                              tally.tls.keystore-password in the --config file, never from a
                              flag (every user of the machine can read a command line)
              --max-heap SIZE the most memory the server's heap may take, 128m to 64g
                              (default 512m); the JVM's own -Xmx wins over it
              --history N     (demo) about N events of sample history, 1 to 1000000, on a
                              new data folder (default 3000)
              --help          this text""";

    static LaunchOptions parse(String... args) {
        Mode mode = null;
        Integer port = null;
        String host = null;
        Path data = null;
        URI server = DEFAULT_SERVER;
        Path config = null;
        Path tlsKeystore = null;
        String locations = null;
        Integer history = null;
        HeapLimit maxHeap = HeapLimit.DEFAULT;
        String store = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> help = true;
                case "--port" -> port = portOf(valueAfter(args, i++));
                case "--host" -> host = hostOf(valueAfter(args, i++));
                case "--data" -> data = Path.of(valueAfter(args, i++));
                case "--server" -> server = serverOf(valueAfter(args, i++));
                case "--config" -> config = Path.of(valueAfter(args, i++));
                case "--tls-keystore" -> tlsKeystore = Path.of(valueAfter(args, i++));
                case "--locations" -> locations = locationsOf(valueAfter(args, i++));
                case "--history" -> history = historyOf(valueAfter(args, i++));
                case "--max-heap" -> maxHeap = HeapLimit.parse(valueAfter(args, i++));
                case "--store" -> store = valueAfter(args, i++);
                default -> mode = modeOf(a, mode);
            }
        }
        return new LaunchOptions(mode == null ? Mode.AUTO : mode, Optional.ofNullable(port),
                Optional.ofNullable(host), Optional.ofNullable(data), server,
                Optional.ofNullable(config), Optional.ofNullable(tlsKeystore),
                Optional.ofNullable(locations), demoOnly(mode, history), maxHeap,
                Optional.ofNullable(store), help);
    }

    /** Whether these arguments start a server: not for help, a usage error or the client alone. */
    static boolean startsAServer(String... args) {
        try {
            LaunchOptions options = parse(args);
            return !options.help() && options.mode() != Mode.CLIENT;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Mode modeOf(String arg, Mode already) {
        if (arg.startsWith("--tls-") && arg.contains("pass")) {
            throw new IllegalArgumentException("there is no '" + arg + "': a password on the"
                    + " command line is seen by every user of the machine; set "
                    + TlsSettings.PASSWORD_VARIABLE + " or " + TlsSettings.PASSWORD
                    + " in the --config file");
        }
        if (arg.startsWith("--store-") && arg.contains("pass")) {
            throw new IllegalArgumentException("there is no '" + arg + "': a password on the"
                    + " command line is seen by every user of the machine; set "
                    + StoreSettings.PASSWORD_VARIABLE + " or " + StoreSettings.PASSWORD
                    + " in the --config file");
        }
        if (arg.startsWith("-")) {
            throw new IllegalArgumentException("unknown option '" + arg + "'");
        }
        if (already != null) {
            throw new IllegalArgumentException("one mode only, not '" + arg + "' as well");
        }
        return switch (arg) {
            case "server" -> Mode.SERVER;
            case "client" -> Mode.CLIENT;
            case "demo" -> Mode.DEMO;
            default -> throw new IllegalArgumentException("unknown mode '" + arg + "'");
        };
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static int portOf(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, not '"
                + text + "'");
    }

    /** A longer sample history is the demo's: a site's log holds its own work only. */
    private static Optional<Integer> demoOnly(Mode mode, Integer history) {
        if (history != null && mode != Mode.DEMO) {
            throw new IllegalArgumentException("--history is for the demo only");
        }
        return Optional.ofNullable(history);
    }

    private static int historyOf(String text) {
        try {
            int events = Integer.parseInt(text);
            if (events >= 1 && events <= 1_000_000) {
                return events;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--history must be a number from 1 to 1000000, not '"
                + text + "'");
    }

    private static String locationsOf(String text) {
        if (!"strict".equals(text) && !"open".equals(text)) {
            throw new IllegalArgumentException("--locations must be strict or open, not '" + text
                    + "'");
        }
        return text;
    }

    private static String hostOf(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("--host must name an address");
        }
        return text;
    }

    private static URI serverOf(String text) {
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("--server must be an http:// or https:// URL, not '"
                + text + "'");
    }
}
