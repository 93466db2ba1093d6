package tally.server.demo;

import tally.server.TallyServer;

/**
 * Test-only: demo data that reaches back up into the composition root that drives it, the
 * import {@code ServerPackagesTest} must report (with the root's call down, a circle).
 */
final class DemoDataCallingUpFixture {
    private DemoDataCallingUpFixture() {
    }

    static String urlOf(TallyServer server) {
        return server.url().toString();
    }
}
