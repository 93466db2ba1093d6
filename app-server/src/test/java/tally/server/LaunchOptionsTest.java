package tally.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tally.server.LaunchOptions.Mode;

class LaunchOptionsTest {

    @Test
    void no_arguments_means_the_default_mode_with_nothing_overridden() {
        var o = LaunchOptions.parse();
        assertThat(o.mode()).isEqualTo(Mode.AUTO);
        assertThat(o.port()).isEmpty();
        assertThat(o.data()).isEmpty();
        assertThat(o.server()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(o.help()).isFalse();
    }

    @Test
    void each_mode_is_read_by_its_name() {
        assertThat(LaunchOptions.parse("server").mode()).isEqualTo(Mode.SERVER);
        assertThat(LaunchOptions.parse("client").mode()).isEqualTo(Mode.CLIENT);
        assertThat(LaunchOptions.parse("demo").mode()).isEqualTo(Mode.DEMO);
    }

    @Test
    void options_are_read_in_any_order_around_the_mode() {
        var o = LaunchOptions.parse("--port", "0", "server", "--host", "0.0.0.0", "--data", "d");
        assertThat(o.mode()).isEqualTo(Mode.SERVER);
        assertThat(o.port()).contains(0);
        assertThat(o.host()).contains("0.0.0.0");
        assertThat(o.data()).contains(Path.of("d"));
    }

    @Test
    void the_client_takes_a_server_url() {
        var o = LaunchOptions.parse("client", "--server", "http://stores-pc:9090");
        assertThat(o.server()).isEqualTo(URI.create("http://stores-pc:9090"));
    }

    @Test
    void the_heap_limit_is_512m_unless_given() {
        assertThat(LaunchOptions.parse("server").maxHeap().mebibytes()).isEqualTo(512);
        assertThat(LaunchOptions.parse("server", "--max-heap", "1g").maxHeap().mebibytes())
                .isEqualTo(1024);
    }

    @Test
    void help_is_read_with_or_without_a_mode() {
        assertThat(LaunchOptions.parse("--help").help()).isTrue();
        assertThat(LaunchOptions.parse("server", "-h").help()).isTrue();
    }

    @Test
    void rejects_an_unknown_mode_an_unknown_option_and_a_second_mode() {
        assertThatThrownBy(() -> LaunchOptions.parse("serve"))
                .hasMessageContaining("unknown mode 'serve'");
        assertThatThrownBy(() -> LaunchOptions.parse("--prot", "80"))
                .hasMessageContaining("unknown option '--prot'");
        assertThatThrownBy(() -> LaunchOptions.parse("server", "demo"))
                .hasMessageContaining("one mode only");
    }

    @Test
    void rejects_bad_values_and_missing_values() {
        assertThatThrownBy(() -> LaunchOptions.parse("--port", "70000"))
                .hasMessageContaining("--port must be a number from 0 to 65535");
        assertThatThrownBy(() -> LaunchOptions.parse("--port", "eighty"))
                .hasMessageContaining("--port");
        assertThatThrownBy(() -> LaunchOptions.parse("--data"))
                .hasMessageContaining("--data needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse("--port", "--data", "x"))
                .hasMessageContaining("--port needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse("client", "--server", "stores-pc"))
                .hasMessageContaining("--server must be an http");
    }

    @Test
    void a_longer_sample_history_is_for_the_demo_only_and_within_bounds() {
        assertThat(LaunchOptions.parse("demo", "--history", "200000").history()).contains(200000);
        assertThat(LaunchOptions.parse("demo").history()).isEmpty();
        assertThatThrownBy(() -> LaunchOptions.parse("server", "--history", "5000"))
                .hasMessageContaining("--history is for the demo only");
        assertThatThrownBy(() -> LaunchOptions.parse("demo", "--history", "0"))
                .hasMessageContaining("--history must be a number from 1 to 1000000");
        assertThatThrownBy(() -> LaunchOptions.parse("demo", "--history", "lots"))
                .hasMessageContaining("--history must be a number from 1 to 1000000");
    }
}
