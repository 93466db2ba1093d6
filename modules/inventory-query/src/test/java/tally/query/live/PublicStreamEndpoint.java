package tally.query.live;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * Test-only: a public HTTP controller not named {@code *Controller}, which the architecture
 * rules must report. It never becomes a bean: nothing sets the property it requires.
 */
@Controller("/fixture/never-routed")
@Requires(property = "tally.query.fixture.never-set")
public class PublicStreamEndpoint {

    @Get
    String nothing() {
        return "";
    }
}
