package tally.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class UnansweredTest {

    @Test
    void a_command_that_never_reached_the_server_is_not_sent_and_kept() {
        var refused = new ServerUnreachable("no answer from h:1: the connection was refused",
                new ConnectException("Connection refused"), true);
        assertThat(Unanswered.command(refused))
                .isEqualTo("Not sent, the server did not answer; your command is kept.");
    }

    @Test
    void a_command_whose_connection_broke_after_it_went_may_or_may_not_be_done() {
        var broke = new ServerUnreachable("no answer from h:1: the connection broke", null);
        assertThat(Unanswered.command(broke)).startsWith("No answer from the server: it may or"
                + " may not have been done");
        assertThat(Unanswered.query(broke)).isEqualTo("No answer from the server.");
    }

    @Test
    void anything_else_is_said_without_a_class_name() {
        var odd = new IllegalStateException(new UncheckedIOException("java.io.IOException: x",
                new java.io.IOException("x")));
        assertThat(Unanswered.command(odd)).isEqualTo("The server's answer could not be read.")
                .doesNotContain("Exception");
        assertThat(Unanswered.query(odd)).doesNotContain("Exception").doesNotContain("java.");
    }
}
