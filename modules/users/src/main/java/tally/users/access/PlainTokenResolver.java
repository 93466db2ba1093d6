package tally.users.access;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.reader.DefaultTokenResolver;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Micronaut Security's {@link DefaultTokenResolver} as a plain loop: the same token readers (the
 * bearer header's), asked in the same order, their tokens in that order. The original builds a
 * stream pipeline for every request to do this (docs/benchmarks.md, "Signing in").
 */
@Singleton
@Replaces(DefaultTokenResolver.class)
final class PlainTokenResolver extends DefaultTokenResolver {
    private final List<TokenReader<HttpRequest<?>>> readers;

    PlainTokenResolver(List<TokenReader<HttpRequest<?>>> readers) {
        super(readers);
        this.readers = List.copyOf(readers);
    }

    @Override
    public List<String> resolveTokens(HttpRequest<?> request) {
        List<String> tokens = List.of();
        for (TokenReader<HttpRequest<?>> reader : readers) {
            Optional<String> token = reader.findToken(request);
            if (token.isEmpty()) {
                continue;
            }
            if (tokens.isEmpty()) {
                tokens = List.of(token.get());
            } else {
                tokens = new ArrayList<>(tokens);
                tokens.add(token.get());
            }
        }
        return tokens;
    }

    @Override
    public Optional<String> resolveToken(HttpRequest<?> request) {
        for (TokenReader<HttpRequest<?>> reader : readers) {
            Optional<String> token = reader.findToken(request);
            if (token.isPresent()) {
                return token;
            }
        }
        return Optional.empty();
    }
}
