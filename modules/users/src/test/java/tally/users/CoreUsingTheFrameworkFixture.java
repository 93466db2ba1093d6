package tally.users;

import io.micronaut.http.HttpRequest;

/** Breaks the core's rule on purpose, for UsersArchitectureTest. */
final class CoreUsingTheFrameworkFixture {
    HttpRequest<?> request;
}
