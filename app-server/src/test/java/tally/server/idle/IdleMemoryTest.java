package tally.server.idle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdleMemoryTest {
    private static final long BUSY = 16L << 20;
    private static final long LITTLE = 1 << 20;

    /** A JVM whose allocations the test makes, counting the collections asked of it. */
    private static final class CountingJvm implements IdleMemory.Jvm {
        long allocated = 500L << 20;
        int givenBack;
        int trims;
        int workAgain;
        long allocatedByCollection = 4096;

        @Override
        public long allocatedBytes() {
            return allocated;
        }

        @Override
        public void giveBack() {
            givenBack++;
            allocated += allocatedByCollection;
        }

        @Override
        public void workAgain() {
            workAgain++;
        }

        @Override
        public void trimCHeap() {
            trims++;
        }
    }

    private final CountingJvm jvm = new CountingJvm();
    private final IdleMemory memory = new IdleMemory(jvm, BUSY, 2);

    /** One look after the JVM allocated {@code bytes}: whether it gave back. */
    private boolean lookAfter(long bytes) {
        jvm.allocated += bytes;
        return memory.look();
    }

    @Test
    void start_up_alone_gives_nothing_back() {
        assertThat(lookAfter(LITTLE)).isFalse();
        assertThat(lookAfter(LITTLE)).isFalse();
        assertThat(lookAfter(0)).isFalse();
        assertThat(jvm.givenBack).isZero();
    }

    @Test
    void two_quiet_looks_after_work_give_back_once() {
        assertThat(lookAfter(300L << 20)).isFalse();
        assertThat(lookAfter(LITTLE)).isFalse();
        assertThat(lookAfter(LITTLE)).isTrue();
        assertThat(lookAfter(LITTLE)).isFalse();
        assertThat(lookAfter(0)).isFalse();
        assertThat(jvm.givenBack).isEqualTo(1);
    }

    @Test
    void every_quiet_look_trims_the_c_heap_and_no_busy_one_does() {
        lookAfter(LITTLE);
        lookAfter(BUSY);
        lookAfter(0);
        lookAfter(0);
        lookAfter(0);
        lookAfter(BUSY);
        assertThat(jvm.trims).isEqualTo(4);
        assertThat(jvm.givenBack).isEqualTo(1);
    }

    @Test
    void the_jvms_own_sizing_is_back_at_the_first_busy_look_after_a_give_back_only() {
        lookAfter(BUSY);
        lookAfter(BUSY);
        assertThat(jvm.workAgain).isZero();
        lookAfter(0);
        lookAfter(0);
        lookAfter(0);
        assertThat(jvm.workAgain).isZero();
        lookAfter(BUSY);
        assertThat(jvm.workAgain).isEqualTo(1);
        lookAfter(BUSY);
        lookAfter(LITTLE);
        lookAfter(BUSY);
        assertThat(jvm.workAgain).isEqualTo(1);
    }

    @Test
    void a_short_pause_between_bursts_gives_nothing_back() {
        assertThat(lookAfter(BUSY)).isFalse();
        assertThat(lookAfter(LITTLE)).isFalse();
        assertThat(lookAfter(BUSY)).isFalse();
        assertThat(lookAfter(BUSY - 1)).isFalse();
        assertThat(jvm.givenBack).isZero();
        assertThat(lookAfter(0)).isTrue();
    }

    @Test
    void work_again_makes_the_next_quiet_spell_give_back_again() {
        lookAfter(BUSY);
        lookAfter(0);
        assertThat(lookAfter(0)).isTrue();
        lookAfter(BUSY);
        lookAfter(0);
        assertThat(lookAfter(0)).isTrue();
        assertThat(jvm.givenBack).isEqualTo(2);
    }

    @Test
    void what_the_collection_allocates_itself_does_not_count_as_work() {
        jvm.allocatedByCollection = 2 * BUSY;
        lookAfter(BUSY);
        lookAfter(0);
        assertThat(lookAfter(0)).isTrue();
        assertThat(lookAfter(0)).isFalse();
        assertThat(lookAfter(0)).isFalse();
        assertThat(jvm.givenBack).isEqualTo(1);
    }

    @Test
    void a_jvm_that_cannot_count_its_allocations_is_left_alone() {
        jvm.allocated = -1;
        assertThat(memory.look()).isFalse();
        assertThat(memory.look()).isFalse();
        assertThat(memory.look()).isFalse();
        assertThat(jvm.givenBack).isZero();
        assertThat(jvm.trims).isZero();
    }
}
