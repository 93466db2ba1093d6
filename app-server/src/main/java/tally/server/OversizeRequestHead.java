package tally.server;

import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.netty.NettyHttpRequest;

/**
 * Netty refuses a request whose headers or first line exceed its limits before any route sees
 * it, and Micronaut answers that as 413, whose words are about the body. Said here as 431 with
 * what was too long, so a client with a runaway cookie or query is not told to shrink a body.
 */
final class OversizeRequestHead {
    private OversizeRequestHead() {
    }

    /**
     * What was too long, or null when the request was not refused for an oversize head. Micronaut
     * passes only the status on; the cause is kept in Netty's decoder result of the request.
     */
    static String detail(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            return null;
        }
        Throwable cause = netty.getNativeRequest().decoderResult().cause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TooLongHttpHeaderException) {
                return "the request's headers are larger than the server accepts (8 KiB)";
            }
            if (t instanceof TooLongHttpLineException) {
                return "the request line (method, path and query) is longer than the server"
                        + " accepts (4 KiB)";
            }
        }
        return null;
    }
}
