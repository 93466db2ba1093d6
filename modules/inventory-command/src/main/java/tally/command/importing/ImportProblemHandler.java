package tally.command.importing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.command.importing.ImportAnswers.ImportProblem;

/** A refused import's problem+json: the errors by line and field, and each row's verdict. */
@Singleton
final class ImportProblemHandler
        implements ExceptionHandler<ImportRefused, HttpResponse<ImportProblem>> {
    private static final Logger LOG = LoggerFactory.getLogger(ImportProblemHandler.class);
    private static final String TYPE_BASE = "https://tally.dev/problems/";

    @Override
    public HttpResponse<ImportProblem> handle(HttpRequest request, ImportRefused e) {
        LOG.info("refused {}: {} {}: {}", request.getPath(), e.status(), e.slug(),
                e.getMessage());
        return HttpResponse.<ImportProblem>status(HttpStatus.valueOf(e.status()))
                .contentType("application/problem+json")
                .body(new ImportProblem(TYPE_BASE + e.slug(), e.title(), e.status(),
                        e.getMessage(), e.errors(), e.rows()));
    }
}
