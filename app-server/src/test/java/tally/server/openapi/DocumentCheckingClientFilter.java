package tally.server.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Provider;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Holds every exchange of the Micronaut HTTP clients that tests inject ({@code @Client("/")})
 * to the served OpenAPI document, as {@link CheckedHttp} does for the JDK client: a test that
 * talks to the server through either cannot pass on an answer the document does not describe.
 * Like {@link CheckedHttp} it signs in as the test user, once per test server, and sends the
 * token with every request that names no {@code Authorization} of its own.
 */
@ClientFilter(ClientFilter.MATCH_ALL_PATTERN)
final class DocumentCheckingClientFilter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Provider<EmbeddedServer> server;
    private volatile String bearer;

    DocumentCheckingClientFilter(Provider<EmbeddedServer> server) {
        this.server = server;
    }

    /** Off the event loop: the first call signs in over HTTP and waits for the answer. */
    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void signIn(MutableHttpRequest<?> request) {
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        if (bearer == null) {
            bearer = TestSignIn.bearer(server.get().getURI());
        }
        request.header(HttpHeaders.AUTHORIZATION, bearer);
    }

    @ResponseFilter
    void judge(HttpRequest<?> request, @Nullable HttpResponse<?> response,
               @Nullable Throwable failure) {
        HttpResponse<?> answer = response != null ? response
                : failure instanceof HttpClientResponseException e ? e.getResponse() : null;
        if (answer == null) {
            return; // no answer (a refused connection): nothing to hold to the document
        }
        var exchange = new Exchange(request.getMethodName(), URI.create(request.getUri()
                .toString()), headersOf(request.getHeaders().asMap()), bodyOf(request.getBody()),
                answer.code(), headersOf(answer.getHeaders().asMap()),
                answer.getBody(byte[].class).orElse(new byte[0]));
        var breaches = ExchangeJudge.breaches(ApiContract.served(), exchange);
        if (!breaches.isEmpty()) {
            throw new AssertionError(exchange.describe() + " breaks the OpenAPI document:\n  "
                    + String.join("\n  ", breaches));
        }
    }

    /** The body as sent: text as it is, an object as the client's JSON would write it. */
    private static byte[] bodyOf(Optional<?> body) {
        return body.map(b -> switch (b) {
            case byte[] bytes -> bytes;
            case CharSequence text -> text.toString().getBytes(StandardCharsets.UTF_8);
            default -> json(b);
        }).orElse(new byte[0]);
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value + " as JSON", e);
        }
    }

    private static Map<String, List<String>> headersOf(Map<String, List<String>> headers) {
        var copy = new HashMap<String, List<String>>();
        headers.forEach((k, v) -> copy.put(k, new ArrayList<>(v)));
        return copy;
    }
}
