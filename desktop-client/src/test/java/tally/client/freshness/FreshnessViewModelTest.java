package tally.client.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.sync.LiveUpdate.Changed;

class FreshnessViewModelTest {
    /** 10:42:00 UTC on the day of the test's story. */
    private final AtomicLong clock = new AtomicLong(1_796_726_520_000L);
    private final FreshnessViewModel vm = new FreshnessViewModel(clock::get, ZoneOffset.UTC);

    private void hear(String name, String state, long lag, long lagMillis, long delay,
                      String error) {
        vm.heard(new Changed(new ProjectionChanged(10, new ProjectionStatus(name, 10 - lag, 10,
                lag, lagMillis, state, delay, error))));
    }

    @Test
    void says_nothing_while_the_read_models_shown_run_at_their_normal_pace() {
        vm.shownProperty().set(Set.of("stock"));
        hear("stock", "RUNNING", 1, 40, 0, null);
        assertThat(vm.bannerProperty().get()).isEmpty();
        assertThat(vm.briefProperty().get()).isEmpty();
    }

    @Test
    void a_paused_read_model_is_said_with_the_time_it_stopped_and_who_stops_one() {
        vm.shownProperty().set(Set.of("stock"));
        hear("stock", "PAUSED", 0, 0, 0, null);
        clock.addAndGet(5 * 60_000);
        hear("stock", "PAUSED", 3, 200_000, 0, null);

        assertThat(vm.bannerProperty().get())
                .isEqualTo("Stock figures stopped at 10:42 (paused by a trainer)");
        assertThat(vm.briefProperty().get()).isEqualTo("stock figures paused");

        hear("stock", "RUNNING", 0, 0, 0, null);
        assertThat(vm.bannerProperty().get()).isEmpty();
        assertThat(vm.briefProperty().get()).isEmpty();
    }

    @Test
    void a_failed_read_model_says_its_last_error_and_a_late_one_how_far_behind_it_is() {
        vm.shownProperty().set(Set.of("orders", "allocation"));
        hear("allocation", "FAILED", 1, 0, 0, "position 8: broken on purpose");
        hear("orders", "RUNNING", 4, 12_300, 0, null);

        assertThat(vm.bannerProperty().get()).isEqualTo(
                "Order reservations stopped at 10:42, failed: position 8: broken on purpose\n"
                        + "Order figures are 12 s behind");
        assertThat(vm.briefProperty().get())
                .isEqualTo("order reservations failed; order figures behind");
    }

    @Test
    void only_the_read_models_the_screen_shows_are_spoken_of() {
        hear("activity", "PAUSED", 0, 0, 0, null);
        vm.shownProperty().set(Set.of("stock"));
        assertThat(vm.bannerProperty().get()).isEmpty();

        vm.shownProperty().set(FreshnessViewModel.shownOn("activity"));
        assertThat(vm.bannerProperty().get()).startsWith("Activity lines stopped at");
    }

    @Test
    void a_rebuild_and_a_trainers_delay_are_said_too() {
        vm.shownProperty().set(Set.of("locations", "stock"));
        vm.heard(new Changed(new ProjectionChanged(10, new ProjectionStatus("locations", 25, 100,
                75, 9_000, "REBUILDING", 0, null))));
        hear("stock", "RUNNING", 0, 0, 3_000, null);

        assertThat(vm.bannerProperty().get()).isEqualTo("Location figures are being rebuilt"
                + " (25 %); until then they are incomplete\n"
                + "Stock figures are held back 3 s by a trainer");
    }
}
