package tally.users.access;

import static io.micronaut.security.filters.SecurityFilter.TOKEN;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Publisher;

/**
 * Micronaut Security's {@link TokenAuthenticationFetcher} without its Reactor operators: the
 * tokens its {@link TokenResolver} reads from the request (the bearer header) go to its token
 * validators ({@link SessionTokenValidator}) in turn; the first user one of them answers is the
 * request's, with the same request attribute and {@link TokenValidatedEvent} as the original.
 * The original's flatMaps allocate queues for each request, which made most of what signing in
 * cost a command (docs/benchmarks.md, "Signing in"); an answer given at once is passed on at
 * once here, and only a validator that answers later is waited for, without blocking. The event
 * is built only when a listener is there to hear it: it names the request's host and locale,
 * which the framework works out from its headers and configuration on every call, for nobody in
 * Tally (docs/benchmarks.md, "The HTTP path, 2026-12-05").
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
final class DirectTokenFetcher extends TokenAuthenticationFetcher {
    private final TokenResolver<HttpRequest<?>> tokenResolver;
    private final List<TokenValidator<HttpRequest<?>>> validators;
    private final boolean heard;

    DirectTokenFetcher(List<TokenValidator<HttpRequest<?>>> tokenValidators,
                       TokenResolver<HttpRequest<?>> tokenResolver,
                       ApplicationEventPublisher<TokenValidatedEvent> validatedEvents,
                       HttpHostResolver httpHostResolver, HttpLocaleResolver httpLocaleResolver,
                       List<ApplicationEventListener<TokenValidatedEvent>> listeners) {
        super(tokenValidators, tokenResolver, validatedEvents, httpHostResolver,
                httpLocaleResolver);
        this.tokenResolver = tokenResolver;
        this.validators = List.copyOf(tokenValidators);
        this.heard = !listeners.isEmpty();
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        List<String> tokens = tokenResolver.resolveTokens(request);
        if (tokens == null || tokens.isEmpty()) {
            return Publishers.empty();
        }
        var found = FirstAnswer.ofFutures(tokens, token -> validated(token, request));
        if (found.isDone() && !found.isCompletedExceptionally()) {
            Authentication authentication = found.join();
            return authentication == null ? Publishers.empty() : Publishers.just(authentication);
        }
        return Publishers.fromCompletableFuture(found);
    }

    private CompletableFuture<Authentication> validated(String token, HttpRequest<?> request) {
        return FirstAnswer.of(validators,
                v -> v.validateToken(token, request), a -> true).thenApply(authentication -> {
                    if (authentication != null) {
                        request.setAttribute(TOKEN, token);
                    }
                    if (authentication != null && heard) {
                        tokenValidatedEventPublisher.publishEvent(new TokenValidatedEvent(token,
                                httpHostResolver.resolve(request),
                                httpLocaleResolver.resolveOrDefault(request)));
                    }
                    return authentication;
                });
    }
}
