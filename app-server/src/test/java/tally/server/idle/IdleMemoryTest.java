package tally.server.idle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdleMemoryTest {
    private static final long BUSY = 16L << 20;

    /** A JVM whose allocations the test makes, counting the collections asked of it. */
    private static final class CountingJvm implements IdleMemory.Jvm {
        long allocated;
        int givenBack;
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
    }

    @Test
    void the_first_quiet_look_after_work_gives_back_and_the_next_ones_do_not() {
        var jvm = new CountingJvm();
        var memory = new IdleMemory(jvm, BUSY);
        jvm.allocated += 300L << 20;
        assertThat(memory.look()).isFalse();
        jvm.allocated += 1 << 20;
        assertThat(memory.look()).isTrue();
        jvm.allocated += 1 << 20;
        assertThat(memory.look()).isFalse();
        assertThat(memory.look()).isFalse();
        assertThat(jvm.givenBack).isEqualTo(1);
    }

    @Test
    void work_again_makes_the_next_quiet_spell_give_back_again() {
        var jvm = new CountingJvm();
        var memory = new IdleMemory(jvm, BUSY);
        assertThat(memory.look()).isTrue();
        jvm.allocated += BUSY;
        assertThat(memory.look()).isFalse();
        jvm.allocated += BUSY - 1;
        assertThat(memory.look()).isTrue();
        assertThat(jvm.givenBack).isEqualTo(2);
    }

    @Test
    void what_the_collection_allocates_itself_does_not_count_as_work() {
        var jvm = new CountingJvm();
        jvm.allocatedByCollection = 2 * BUSY;
        var memory = new IdleMemory(jvm, BUSY);
        assertThat(memory.look()).isTrue();
        assertThat(memory.look()).isFalse();
        assertThat(jvm.givenBack).isEqualTo(1);
    }

    @Test
    void a_jvm_that_cannot_count_its_allocations_is_left_alone() {
        var jvm = new CountingJvm();
        jvm.allocated = -1;
        var memory = new IdleMemory(jvm, BUSY);
        assertThat(memory.look()).isFalse();
        assertThat(memory.look()).isFalse();
        assertThat(jvm.givenBack).isZero();
    }
}
