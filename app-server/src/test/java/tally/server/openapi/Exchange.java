package tally.server.openapi;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One HTTP request and the answer it got, as {@link ExchangeJudge} weighs it. */
public record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders,
                       byte[] requestBody, int status, Map<String, List<String>> responseHeaders,
                       byte[] responseBody) {

    Optional<String> requestHeader(String name) {
        return first(requestHeaders, name);
    }

    Optional<String> responseHeader(String name) {
        return first(responseHeaders, name);
    }

    /** {@code POST /api/commands/x -> 404}, for messages. */
    String describe() {
        return method + " " + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()) + " -> " + status;
    }

    private static Optional<String> first(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
                .map(e -> e.getValue().get(0))
                .findFirst();
    }
}
