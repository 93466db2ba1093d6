package tally.server;

import java.nio.file.Path;

/** The command line of {@code tally.jar}, as in API.md, "Starting it". */
record LaunchOptions(String mode, int port, String host, Path data, String server, boolean help) {

    static final String USAGE = """
            usage: java -jar tally.jar [server] [OPTIONS]
              server          the server alone, headless
            options:
              --port N        HTTP port; 0 picks a free one and prints it (default 8080)
              --host ADDR     address to listen on (default 127.0.0.1)
              --data DIR      folder of the H2 files (default ./tally-data)
              --server URL    (client) the server to use (default http://localhost:8080)
              --help          this text""";

    static LaunchOptions parse(String[] args) {
        String mode = null;
        int port = 8080;
        String host = "127.0.0.1";
        Path data = Path.of("tally-data");
        String server = "http://localhost:8080";
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--help", "-h" -> help = true;
                case "--port" -> port = portOf(valueAfter(args, i++));
                case "--host" -> host = valueAfter(args, i++);
                case "--data" -> data = Path.of(valueAfter(args, i++));
                case "--server" -> server = valueAfter(args, i++);
                default -> {
                    if (a.startsWith("-") || mode != null || !a.equals("server")) {
                        throw new IllegalArgumentException("unknown mode or option '" + a + "'");
                    }
                    mode = a;
                }
            }
        }
        return new LaunchOptions(mode == null ? "server" : mode, port, host, data, server, help);
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static int portOf(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be 0-65535, not '" + text + "'");
        }
    }
}
