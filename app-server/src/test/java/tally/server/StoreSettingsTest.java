package tally.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** --store and tally.store.*: where the log lives, and its password never from a flag. */
class StoreSettingsTest {

    @Test
    void without_a_store_url_the_log_stays_in_the_data_folder() {
        assertThat(StoreSettings.postgres("", "", "", Map.of())).isEmpty();
        assertThat(LaunchOptions.parse("server").store()).isEmpty();
    }

    @Test
    void the_store_flag_becomes_the_url_setting() {
        var options = LaunchOptions.parse("server", "--store", "jdbc:postgresql://db:5432/tally");

        assertThat(options.store()).contains("jdbc:postgresql://db:5432/tally");
        assertThat(Settings.of(options)).containsEntry(StoreSettings.URL,
                "jdbc:postgresql://db:5432/tally");
    }

    @Test
    void the_password_comes_from_the_environment_before_the_settings_file() {
        var fromFile = StoreSettings.postgres("jdbc:postgresql://db/tally", "tally", "file-pw",
                Map.of()).orElseThrow();
        var fromEnvironment = StoreSettings.postgres("jdbc:postgresql://db/tally", "tally",
                "file-pw", Map.of(StoreSettings.PASSWORD_VARIABLE, "env-pw")).orElseThrow();

        assertThat(fromFile.password()).isEqualTo("file-pw");
        assertThat(fromEnvironment.password()).isEqualTo("env-pw");
        assertThat(fromEnvironment.username()).isEqualTo("tally");
        assertThat(fromEnvironment.toString()).doesNotContain("env-pw");
    }

    @Test
    void a_password_flag_is_refused_and_says_where_the_password_goes() {
        assertThatThrownBy(() -> LaunchOptions.parse("server", "--store-password", "x"))
                .hasMessageContaining("there is no '--store-password'")
                .hasMessageContaining(StoreSettings.PASSWORD_VARIABLE);
    }

    @Test
    void a_url_no_engine_takes_is_refused_at_start_naming_the_setting() {
        assertThatThrownBy(() -> Settings.of(LaunchOptions.parse("server", "--store",
                "jdbc:mysql://db/tally")))
                .hasMessageContaining("--store (tally.store.url) must be a jdbc:postgresql://");
        assertThatThrownBy(() -> LaunchOptions.parse("server", "--store"))
                .hasMessageContaining("--store needs a value");
    }

    @Test
    void a_log_that_cannot_be_opened_is_told_in_the_stores_own_sentence() {
        var wrapped = new IllegalStateException("bean failed", new tally.eventstore
                .EventStoreException("cannot open the event log at jdbc:postgresql://db/x:"
                + " Connection refused"));

        assertThat(StoreSettings.openFailure(wrapped)).contains(
                "cannot open the event log at jdbc:postgresql://db/x: Connection refused");
        assertThat(StoreSettings.openFailure(new IllegalStateException("other"))).isEmpty();
    }

    @Test
    void a_shared_users_store_that_cannot_be_opened_is_told_in_its_own_sentence_too() {
        var wrapped = new IllegalStateException("bean failed", new tally.users
                .UserStoreUnavailable("cannot open the users store in jdbc:postgresql://db/x:"
                + " Connection refused", null));

        assertThat(StoreSettings.openFailure(wrapped)).contains(
                "cannot open the users store in jdbc:postgresql://db/x: Connection refused");
    }
}
