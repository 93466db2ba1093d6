package tally.server.faststart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --max-heap}: the sizes it takes and the one line it answers to any other. */
class HeapLimitTest {
    @Test
    void reads_mebibytes_and_gibibytes_in_either_case() {
        assertThat(HeapLimit.parse("512m").mebibytes()).isEqualTo(512);
        assertThat(HeapLimit.parse("128M").mebibytes()).isEqualTo(128);
        assertThat(HeapLimit.parse("2G").mebibytes()).isEqualTo(2048);
        assertThat(HeapLimit.parse("64g").mebibytes()).isEqualTo(64 * 1024);
        assertThat(HeapLimit.DEFAULT.jvmOptions()).first().isEqualTo("-Xmx512m");
    }

    @Test
    void a_size_out_of_range_or_without_a_unit_is_refused_in_one_line() {
        for (String bad : List.of("127m", "65g", "0g", "512", "512k", "1.5g", "lots", "", "-1g",
                "99999999m")) {
            assertThatThrownBy(() -> HeapLimit.parse(bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("--max-heap must be a size from 128m to 64g, such as 512m or 2g,"
                            + " not '" + bad + "'");
        }
    }
}
