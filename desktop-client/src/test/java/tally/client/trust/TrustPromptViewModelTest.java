package tally.client.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.client.testing.InlineUiExecutor;
import tally.client.trust.TrustPromptViewModel.Outcome;

class TrustPromptViewModelTest {
    private static final URI SERVER = URI.create("https://stores-pc:8443");
    private static final String PRINT = "81:8C:D3:55:CA:E9:A6:C0:4A:1C:5A:D1:08:2F:AE:BA:39:7D:E9"
            + ":1E:F7:DD:8B:97:29:5C:30:AF:9E:4B:D2:50";

    @TempDir
    Path home;
    private final List<URI> checked = new ArrayList<>();

    private TrustPromptViewModel prompt(KnownServers known, URI server) {
        return new TrustPromptViewModel(server, known, new InlineUiExecutor(), s -> {
            checked.add(s);
            String name = KnownServers.nameOf(s);
            var trusted = known.fingerprintOf(name);
            if (trusted.isEmpty()) {
                return new TrustCheck.UnknownCertificate(name, PRINT);
            }
            return trusted.get().equals(PRINT) ? new TrustCheck.Trusted(name)
                    : new TrustCheck.ChangedCertificate(name, trusted.get(), PRINT, known.file());
        });
    }

    private KnownServers known() {
        return KnownServers.in(home.resolve("known-servers"));
    }

    @Test
    void first_contact_asks_with_the_fingerprint_and_trusting_remembers_it_and_connects() {
        var known = known();
        var prompt = prompt(known, SERVER);
        prompt.check();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.ASKING);
        assertThat(prompt.titleProperty().get()).isEqualTo("Trust stores-pc:8443?");
        assertThat(prompt.fingerprintProperty().get()).isEqualTo(PRINT);
        assertThat(prompt.messageProperty().get()).contains("first connection", "stores-pc:8443",
                "Ask your IT");
        assertThat(known.file()).doesNotExist();
        prompt.trust();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.CONNECT);
        assertThat(known.fingerprintOf("stores-pc:8443")).contains(PRINT);
    }

    @Test
    void once_trusted_the_next_start_connects_without_asking() {
        var known = known();
        known.trust("stores-pc:8443", PRINT);
        var prompt = prompt(known, SERVER);
        prompt.check();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.CONNECT);
        assertThat(prompt.fingerprintProperty().get()).isEmpty();
    }

    @Test
    void declining_the_first_prompt_remembers_nothing_and_connects_nothing() {
        var known = known();
        var prompt = prompt(known, SERVER);
        prompt.check();
        prompt.refuse();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.DECLINED);
        assertThat(known.file()).doesNotExist();
        prompt.trust();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.DECLINED);
        assertThat(known.file()).doesNotExist();
    }

    @Test
    void a_changed_certificate_is_refused_with_the_explanation_and_never_asked_about() {
        var known = known();
        known.trust("stores-pc:8443", PRINT.replace("81:8C", "00:11"));
        var prompt = prompt(known, SERVER);
        prompt.check();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.REFUSED);
        assertThat(prompt.titleProperty().get()).isEqualTo("Not connected to stores-pc:8443");
        assertThat(prompt.messageProperty().get()).contains("has changed since you trusted it",
                "remove the line starting \"stores-pc:8443\" from " + known.file());
        prompt.trust();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.REFUSED);
        assertThat(known.fingerprintOf("stores-pc:8443")).hasValueSatisfying(
                print -> assertThat(print).startsWith("00:11"));
        prompt.refuse();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.DECLINED);
    }

    @Test
    void a_plain_http_server_is_not_checked() {
        var prompt = prompt(known(), URI.create("http://stores-pc:8080"));
        prompt.check();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.CONNECT);
        assertThat(checked).isEmpty();
    }

    @Test
    void a_server_that_cannot_be_reached_lets_the_console_open_and_say_so() {
        var prompt = new TrustPromptViewModel(SERVER, known(), new InlineUiExecutor(),
                s -> new TrustCheck.NoHandshake("stores-pc:8443", "Connection refused"));
        prompt.check();
        assertThat(prompt.outcomeProperty().get()).isEqualTo(Outcome.CONNECT);
    }
}
