package tally.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;

/**
 * A port another program holds, found before anything is created: one line and exit 1, and no
 * data folder left behind (the server's own bind failure came after the data folder and its
 * databases were made, as a 40-line stack trace).
 */
final class PortInUse {
    private PortInUse() {
    }

    /** The message for the user when the server's port is taken, else empty. */
    static Optional<String> check(Map<String, Object> settings) {
        int port = Integer.parseInt(String.valueOf(settings.get(Settings.PORT)));
        String host = String.valueOf(settings.get(Settings.HOST));
        if (port <= 0) {
            return Optional.empty(); // a free port is picked
        }
        try (var socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(host, port));
            return Optional.empty();
        } catch (BindException e) {
            return Optional.of(message(host, port));
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return Optional.empty(); // not ours to judge: the server says what is wrong
        }
    }

    /** Whether the server failed to start because its port was taken meanwhile. */
    static boolean causedBy(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException || String.valueOf(t.getMessage())
                    .contains("already in use")) {
                return true;
            }
        }
        return false;
    }

    static String message(String host, Object port) {
        return "port " + port + " on " + host + " is already in use (another Tally, or another"
                + " program): stop it, or choose another port with --port";
    }
}
