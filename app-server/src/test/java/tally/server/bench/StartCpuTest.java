package tally.server.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartCpuTest {
    @Test
    void splits_this_jvm_into_its_main_thread_its_compilers_and_the_rest() throws Exception {
        long spent = 0;
        for (int i = 0; i < 2_000_000; i++) {
            spent += Integer.toString(i).hashCode(); // CPU on the main thread, and code to compile
        }
        StartCpu cpu = StartCpu.of(ProcessHandle.current());

        assertThat(spent).isNotZero();
        assertThat(cpu.launcher()).isZero();
        assertThat(cpu.main()).isPositive();
        assertThat(cpu.compilers()).isPositive();
        assertThat(cpu.main() + cpu.compilers() + cpu.gc()).isLessThanOrEqualTo(cpu.server());
        assertThat(cpu.total()).isEqualTo(cpu.server());
    }

    @Test
    void counts_the_starting_process_as_the_launcher_when_it_has_a_child() throws Exception {
        Process launcher = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 100000 ]; do"
                + " i=$((i+1)); done; sleep 30").start();
        try {
            while (launcher.toHandle().children().findAny().isEmpty()) {
                assertThat(launcher.isAlive()).isTrue();
                Thread.sleep(10);
            }
            StartCpu cpu = StartCpu.of(launcher.toHandle());

            assertThat(cpu.launcher()).isPositive();
            assertThat(cpu.main()).isZero(); // sleep has no thread named main or java
            assertThat(cpu.total()).isEqualTo(cpu.launcher() + cpu.server());
        } finally {
            launcher.toHandle().descendants().forEach(ProcessHandle::destroy);
            launcher.destroy();
            launcher.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
