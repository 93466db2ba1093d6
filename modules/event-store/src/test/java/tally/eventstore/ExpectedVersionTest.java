package tally.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The expected-version rule alone; the store and the command writer both apply it. */
class ExpectedVersionTest {

    @Test
    void a_stream_still_at_the_version_decided_on_passes() {
        assertThatCode(() -> ExpectedVersion.exactly(4).check("product-A", 4))
                .doesNotThrowAnyException();
        assertThatCode(() -> ExpectedVersion.exactly(0).check("product-new", 0))
                .doesNotThrowAnyException();
    }

    @Test
    void a_stream_that_moved_on_is_a_conflict_naming_both_versions() {
        VersionConflict conflict = catchThrowableOfType(
                () -> ExpectedVersion.exactly(4).check("product-A", 6), VersionConflict.class);

        assertThat(conflict.stream()).isEqualTo("product-A");
        assertThat(conflict.expectedVersion()).isEqualTo(4);
        assertThat(conflict.actualVersion()).isEqualTo(6);
    }

    @Test
    void any_version_passes_whatever_the_stream_holds() {
        assertThatCode(() -> ExpectedVersion.ANY.check("product-A", 99))
                .doesNotThrowAnyException();
    }
}
