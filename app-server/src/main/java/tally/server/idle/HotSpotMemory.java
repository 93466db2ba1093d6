package tally.server.idle;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HotSpot JVM's side of {@link IdleMemory}. G1 gives back free heap at the end of a
 * collection down to what {@code MaxHeapFreeRatio} lets it keep free (70 % by default: 180 MiB
 * committed for 55 MiB used). Both free ratios are "manageable" flags, changed here at run time
 * for one collection and set back at once, so that G1 sizes the heap under load as it always
 * does. Then glibc is asked to return the C heap's free pages ({@code malloc_trim}: 26 MiB after
 * a minute of load), as {@code jcmd PID System.trim_native_heap} would.
 */
public final class HotSpotMemory implements IdleMemory.Jvm {
    private static final Logger LOG = LoggerFactory.getLogger(HotSpotMemory.class);
    static final String MIN_FREE = "MinHeapFreeRatio";
    static final String MAX_FREE = "MaxHeapFreeRatio";
    /** Free heap kept after the collection, in percent of the committed heap. */
    static final int LEAN_MIN_FREE = 10;
    static final int LEAN_MAX_FREE = 20;

    private final HotSpotDiagnosticMXBean flags =
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Override
    public long allocatedBytes() {
        return threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled()
                ? threads.getTotalThreadAllocatedBytes() : -1;
    }

    @Override
    public void giveBack() {
        String minFree = flags.getVMOption(MIN_FREE).getValue();
        String maxFree = flags.getVMOption(MAX_FREE).getValue();
        try {
            // Min first: the JVM refuses a maximum below the minimum.
            flags.setVMOption(MIN_FREE, Integer.toString(LEAN_MIN_FREE));
            flags.setVMOption(MAX_FREE, Integer.toString(LEAN_MAX_FREE));
            // With -XX:+ExplicitGCInvokesConcurrent (the launcher sets it) a concurrent cycle,
            // waited for until its remark has sized the heap; otherwise a full collection.
            System.gc();
        } finally {
            flags.setVMOption(MAX_FREE, maxFree);
            flags.setVMOption(MIN_FREE, minFree);
        }
    }

    /** glibc only; elsewhere the JVM answers that it cannot, which is no error. */
    @Override
    public void trimCHeap() {
        try {
            ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "systemTrimNativeHeap", new Object[] {new String[0]},
                    new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException e) {
            LOG.debug("the C heap was not trimmed: {}", e.toString());
        }
    }
}
