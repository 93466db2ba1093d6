package tally.command.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tally.command.CommandProblem;

/** Every command that is not carried out gets its problem+json here, and one line in the log. */
@Singleton
final class CommandProblemHandler implements ExceptionHandler<CommandProblem, HttpResponse<Problem>> {
    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(CommandProblemHandler.class);
    private final CommandCounts counts;

    CommandProblemHandler(CommandCounts counts) {
        this.counts = counts;
    }

    @Override
    public HttpResponse<Problem> handle(HttpRequest request, CommandProblem e) {
        counts.answered(request.getPath(), e.status());
        if (e.status() >= 500) {
            LOG.warn("could not carry out {}: {}", request.getPath(), e.getMessage());
        } else {
            LOG.info("refused {}: {} {}: {}", request.getPath(), e.status(), e.slug(),
                    e.getMessage());
        }
        var errors = e.errors() == null ? null
                : e.errors().stream().map(Problem.Error::of).toList();
        var problem = new Problem(Problem.TYPE_BASE + e.slug(), e.title(), e.status(),
                e.getMessage(), errors, e.currentVersion());
        return HttpResponse.<Problem>status(HttpStatus.valueOf(e.status()))
                .contentType(PROBLEM_JSON).body(problem);
    }
}
