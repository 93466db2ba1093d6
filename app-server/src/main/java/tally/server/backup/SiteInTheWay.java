package tally.server.backup;

/** A restore's target folder that is not empty: refused, and nothing in it changed. */
public final class SiteInTheWay extends RuntimeException {
    public SiteInTheWay(String message) {
        super(message);
    }
}
