package tally.client.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import javax.net.ssl.SSLContext;

/**
 * How {@link HttpTallyApi} sends a call and reads its answer: signed with the session's token,
 * a problem answer thrown as a {@link ProblemException}, no answer as {@link ServerUnreachable},
 * a 401 told to the {@link Bearer} so the session ends once for every screen.
 */
final class HttpCalls {
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

    private final String base;
    private final HttpClient http;
    private final Bearer bearer;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    HttpCalls(URI server, SSLContext tls, Bearer bearer) {
        String text = server.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        // HTTP/1.1: no h2c upgrade dance with a server that does not speak it.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).sslContext(tls).build();
        this.bearer = bearer;
    }

    HttpClient http() {
        return http;
    }

    ObjectMapper json() {
        return json;
    }

    /** The answer to a JSON body posted to {@code path}. */
    <T> T postJson(String path, Object body, Class<T> type) {
        return read(send(post(path, body), ANSWER_TIMEOUT), type);
    }

    /** The answer's bytes as sent, asking for {@code accept} (a CSV file, a PDF). */
    byte[] bytes(String pathAndQuery, String accept) {
        return send(request(pathAndQuery, accept).GET(), ANSWER_TIMEOUT).body();
    }

    <T> T get(String path, Class<T> type) {
        return read(send(request(path).GET(), ANSWER_TIMEOUT), type);
    }

    HttpRequest.Builder post(String path, Object body) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
    }

    HttpRequest.Builder put(String path, Object body) {
        return request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes(body)));
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return request(pathAndQuery, "application/json");
    }

    /** Signed with the session's token, asking for {@code accept}. */
    HttpRequest.Builder request(String pathAndQuery, String accept) {
        return bearer.sign(HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .header("Accept", accept));
    }

    HttpResponse<byte[]> send(HttpRequest.Builder builder, Duration timeout) {
        HttpRequest request = builder.timeout(timeout).build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw ServerUnreachable.of(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachable("interrupted while waiting for the server", e);
        }
        if (response.statusCode() == 401) {
            bearer.refused(request);
        }
        if (response.statusCode() >= 300) {
            throw ProblemException.of(json, response.statusCode(), response.body(),
                    retryAfter(response));
        }
        return response;
    }

    /** Seconds; an HTTP date (the header's other form) is not worth a wrong figure: -1. */
    private static long retryAfter(HttpResponse<?> response) {
        try {
            return response.headers().firstValueAsLong("Retry-After").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ServerUnreachable("the server's answer could not be read", e);
        }
    }

    <T> T read(HttpResponse<byte[]> response, TypeReference<T> type) {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new ServerUnreachable("the server's answer could not be read", e);
        }
    }

    byte[] bytes(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + body, e);
        }
    }
}
