package tally.client;

import java.net.URI;

/** Placeholder until the client lands: the launcher's entry point into the desktop client. */
public final class TallyClient {
    private TallyClient() {
    }

    public static void run(URI server) {
        throw new UnsupportedOperationException("the desktop client is not built yet");
    }
}
