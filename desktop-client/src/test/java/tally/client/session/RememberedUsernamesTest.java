package tally.client.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tally.client.testing.FakeSessions;
import tally.client.testing.ViewModelRig;

class RememberedUsernamesTest {
    private static final URI SHOP = URI.create("https://shop-floor:8443");
    private static final URI OFFICE = URI.create("http://office:8080");

    @Test
    void keeps_the_last_user_name_per_server_in_a_file_across_consoles(@TempDir Path folder) {
        Path file = folder.resolve("sub").resolve("console.properties");
        new RememberedUsernames(file).remember(SHOP, "olga");
        new RememberedUsernames(file).remember(OFFICE, "sam");
        new RememberedUsernames(file).remember(SHOP, "ola");

        var again = new RememberedUsernames(file);
        assertThat(again.recall(SHOP)).contains("ola");
        assertThat(again.recall(OFFICE)).contains("sam");
        assertThat(again.recall(URI.create("http://elsewhere"))).isEmpty();
    }

    @Test
    void an_unreadable_file_costs_only_typing_the_name_again(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("console.properties");
        Files.writeString(file, "last-username.\\u12");
        assertThat(new RememberedUsernames(file).recall(SHOP)).isEmpty();
    }

    @Test
    void signing_in_writes_the_user_name_and_never_the_password(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("console.properties");
        var rig = new ViewModelRig();
        var signIn = new SignInViewModel(rig.api, rig.ui, new SessionViewModel(rig.api, rig.ui),
                new RememberedUsernames(file));
        signIn.usernameProperty().set("operator");
        signIn.passwordProperty().set(FakeSessions.password("operator"));
        signIn.signIn();

        String written = Files.readString(file);
        assertThat(written).contains("=operator")
                .doesNotContain(FakeSessions.password("operator"));
    }
}
