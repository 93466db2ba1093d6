package tally.users.web;

import io.micronaut.http.HttpRequest;
import tally.users.UserProblem;

/** A body without a Content-Type is refused as the framework refuses a wrong one. */
final class MediaTypes {
    private MediaTypes() {
    }

    static void requireJson(HttpRequest<?> request) {
        if (request.getContentType().isEmpty()) {
            throw UserProblem.unsupportedMediaType();
        }
    }
}
