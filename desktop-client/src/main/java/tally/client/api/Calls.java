package tally.client.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sending a request and reading an error answer, shared by queries, commands and the stream. */
final class Calls {
    private Calls() {
    }

    static <T> HttpResponse<T> send(HttpClient http, HttpRequest request,
                                    HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request, handler);
        } catch (IOException e) {
            throw unreachable(request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachable("interrupted while waiting for the server", e);
        }
    }

    static ServerUnreachable unreachable(HttpRequest request, IOException e) {
        return new ServerUnreachable("no answer from " + request.uri().getAuthority() + ": "
                + describe(e), e);
    }

    /** The problem+json of an error answer; a plain one when the body is something else. */
    static Problem problemOf(ObjectMapper json, int status, byte[] body) {
        try {
            Problem problem = json.readValue(body, Problem.class);
            if (problem.status() != 0) {
                return problem;
            }
            return new Problem(problem.type(), problem.title(), status, problem.detail(),
                    problem.errors());
        } catch (IOException | RuntimeException e) {
            String text = new String(body, StandardCharsets.UTF_8);
            return new Problem(null, "HTTP " + status, status,
                    text.isBlank() ? "the server answered " + status : text, List.of());
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
