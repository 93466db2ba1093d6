package tally.server;

import java.net.URI;

/** Opens the desktop client and returns when its window closes. */
final class ClientWindow {
    private ClientWindow() {
    }

    static void run(URI server) {
        tally.client.TallyClient.run(server);
    }
}
