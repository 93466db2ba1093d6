package tally.client.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

class ServerUnreachableTest {
    private final HttpRequest request = HttpRequest.newBuilder(
            URI.create("http://localhost:18080/api/commands/receive-stock")).build();

    private ServerUnreachable of(IOException e) {
        return (ServerUnreachable) ServerUnreachable.of(request, e);
    }

    @Test
    void a_refused_or_timed_out_connection_is_not_sent_and_said_without_class_names() {
        var refused = of(new ConnectException());
        assertThat(refused.notSent()).isTrue();
        assertThat(refused.getMessage())
                .isEqualTo("no answer from localhost:18080: the connection was refused");

        var slow = of(new HttpConnectTimeoutException("HTTP connect timed out"));
        assertThat(slow.notSent()).isTrue();
        assertThat(slow.getMessage()).doesNotContain("Exception").doesNotContain("HTTP connect")
                .endsWith("no connection could be made in time");
    }

    @Test
    void a_request_sent_without_an_answer_may_have_been_recorded() {
        var late = of(new HttpTimeoutException("request timed out"));
        assertThat(late.notSent()).isFalse();
        assertThat(late.getMessage()).endsWith("it took too long to answer");

        var broken = of(new IOException("Connection reset"));
        assertThat(broken.notSent()).isFalse();
        assertThat(broken.getMessage()).doesNotContain("IOException")
                .endsWith("the connection broke before the answer came");
    }

    @Test
    void a_command_to_a_port_where_nothing_listens_is_not_sent() throws Exception {
        int closed;
        try (var probe = new java.net.ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        var api = new HttpTallyApi(URI.create("http://127.0.0.1:" + closed),
                javax.net.ssl.SSLContext.getDefault());
        var e = org.junit.jupiter.api.Assertions.assertThrows(ServerUnreachable.class,
                () -> api.command("receive-stock", java.util.Map.of("sku", "SKU-1")));
        assertThat(e.notSent()).isTrue();
        assertThat(e.getMessage()).isEqualTo("no answer from 127.0.0.1:" + closed
                + ": the connection was refused");
    }
}
