package tally.command.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.netty.NettyHttpRequest;
import java.security.Principal;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import tally.command.CommandAnswer;
import tally.command.CommandProblem;
import tally.command.writer.CommandWriter;

/**
 * {@code POST /api/commands/{name}} (docs/api.md, "Commands"). Runs on the event loop and never
 * blocks it: parsing is quick, and the answer comes when the writer's append has committed. The
 * 200's body is written here ({@link AnswerJson}); a refusal is a {@link CommandProblem} for
 * {@link CommandProblemHandler}. The command carries the signed-in user to the log.
 */
@Controller("/api/commands")
final class CommandController {
    private final CommandParser parser;
    private final CommandWriter writer;
    private final CommandCounts counts;

    CommandController(CommandParser parser, CommandWriter writer, CommandCounts counts) {
        this.parser = parser;
        this.writer = writer;
        this.counts = counts;
    }

    @Post(uri = "/{name}", consumes = MediaType.APPLICATION_JSON,
            produces = MediaType.APPLICATION_JSON)
    CompletableFuture<byte[]> run(@PathVariable String name, @Nullable @Body byte[] body,
                                  HttpRequest<?> request) {
        if (request.getContentType().isEmpty()) {
            throw CommandProblem.unsupportedMediaType();
        }
        var answer = writer.submit(parser.parse(name, body, userOf(request)));
        return answeredOn(request instanceof NettyHttpRequest<?> netty
                ? netty.getChannelHandlerContext().executor() : Runnable::run, answer, name);
    }

    /**
     * Who sends it: the principal the security layer put on the request (its name is the
     * username), read through core Micronaut so that this module needs no security of its own;
     * null when nothing signs requests in.
     */
    private static String userOf(HttpRequest<?> request) {
        return request.getUserPrincipal().map(Principal::getName).orElse(null);
    }

    /**
     * The framework writes the response on whichever thread completes the answer: that would be
     * the log's confirming thread, whose every moment is the next batch's answer. Back to the
     * event loop, which also writes the body.
     */
    private CompletableFuture<byte[]> answeredOn(Executor loop,
                                                 CompletableFuture<CommandAnswer> answer,
                                                 String name) {
        var onLoop = new CompletableFuture<byte[]>();
        answer.whenComplete((value, error) -> loop.execute(() -> {
            if (error == null) {
                counts.accepted(name); // a refusal is counted by CommandProblemHandler
                onLoop.complete(AnswerJson.of(value));
            } else {
                onLoop.completeExceptionally(error);
            }
        }));
        return onLoop;
    }
}
