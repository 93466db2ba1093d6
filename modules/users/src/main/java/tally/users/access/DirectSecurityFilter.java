package tally.users.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.util.StringUtils;
import io.micronaut.http.HttpAttributes;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.config.SecurityConfiguration;
import io.micronaut.security.filters.AuthenticationFetcher;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Micronaut Security's {@link SecurityFilter}, asking its authentication fetchers (the bearer
 * token reader and {@link SessionTokenValidator}) and then its rules ({@link RoleTable} first)
 * the same questions in the same order, with the same outcome: the request goes on, or an
 * {@link AuthorizationException} that {@link RefusalHandler} answers. What differs is how: the
 * original is a legacy filter whose Reactor chain wraps the rest of the request, and that cost
 * a signed-in command more CPU than deciding it (docs/benchmarks.md, "Signing in"). This one is
 * a request filter that reads each answer as soon as it is there, which for ours is at once;
 * only a fetcher or rule that answers later makes it wait, without blocking, for that answer.
 * It stands in for the original when that is switched off ({@code
 * micronaut.security.filter.enabled: false}, in tally-defaults.yml): a {@code @Replaces} does
 * not work across the two kinds of filter, and this way one of the two always runs.
 */
@Requires(property = "micronaut.security.filter.enabled", value = StringUtils.FALSE)
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class DirectSecurityFilter implements Ordered {
    private final List<AuthenticationFetcher<HttpRequest<?>>> fetchers;
    private final List<SecurityRule<HttpRequest<?>>> rules;
    private final SecurityConfiguration configuration;

    DirectSecurityFilter(List<AuthenticationFetcher<HttpRequest<?>>> fetchers,
                         List<SecurityRule<HttpRequest<?>>> rules,
                         SecurityConfiguration configuration) {
        this.fetchers = fetchers;
        this.rules = rules;
        this.configuration = configuration;
    }

    /**
     * A future of null (go on) or of the refusal; for our fetchers and rules it is complete on
     * return, and the server then goes on at once, on this thread.
     */
    @RequestFilter
    CompletableFuture<@Nullable MutableHttpResponse<?>> check(HttpRequest<?> request) {
        request.setAttribute(SecurityFilter.KEY, true);
        return FirstAnswer.of(fetchers, f -> f.fetchAuthentication(request), a -> true)
                .thenCompose(a -> decide(request, a));
    }

    private CompletableFuture<@Nullable MutableHttpResponse<?>> decide(
            HttpRequest<?> request, @Nullable Authentication authentication) {
        request.setAttribute(SecurityFilter.AUTHENTICATION, authentication);
        return FirstAnswer.of(rules, r -> r.check(request, authentication),
                        result -> result != SecurityRuleResult.UNKNOWN)
                .thenApply(result -> outcome(request, authentication, result));
    }

    /** As SecurityFilter: no rule's answer lets a request through only if nothing matched it. */
    private @Nullable MutableHttpResponse<?> outcome(HttpRequest<?> request,
                                                     @Nullable Authentication authentication,
                                                     @Nullable SecurityRuleResult result) {
        if (result == SecurityRuleResult.ALLOWED || result == null
                && request.getAttribute(HttpAttributes.ROUTE_MATCH).isEmpty()
                && !configuration.isRejectNotFound()) {
            return null;
        }
        request.setAttribute(SecurityFilter.REJECTION,
                authentication != null ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED);
        throw new AuthorizationException(authentication);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.order();
    }
}
