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
 * committed for 55 MiB used). Both free ratios are "manageable" flags, made lean here at run
 * time for the quiet spell and set back when work starts again, so that G1 sizes the heap under
 * load as it always does. glibc is asked to return the C heap's free pages ({@code malloc_trim}:
 * 26 MiB after a minute of load), as {@code jcmd PID System.trim_native_heap} would.
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
    /** MinHeapFreeRatio and MaxHeapFreeRatio as the JVM had them before the first give-back. */
    private String[] jvmsOwn;

    @Override
    public long allocatedBytes() {
        return threads.isThreadAllocatedMemorySupported()
                && threads.isThreadAllocatedMemoryEnabled()
                ? threads.getTotalThreadAllocatedBytes() : -1;
    }

    @Override
    public synchronized void giveBack() {
        if (jvmsOwn == null) {
            jvmsOwn = new String[] {flags.getVMOption(MIN_FREE).getValue(),
                    flags.getVMOption(MAX_FREE).getValue()};
        }
        // Min first: the JVM refuses a maximum below the minimum. Kept while quiet, so that
        // G1's periodic collections keep the heap lean rather than growing it to 40 % free.
        flags.setVMOption(MIN_FREE, Integer.toString(LEAN_MIN_FREE));
        flags.setVMOption(MAX_FREE, Integer.toString(LEAN_MAX_FREE));
        // A full collection: it compacts, so the heap shrinks to the live set. A concurrent
        // cycle (-XX:+ExplicitGCInvokesConcurrent) left dead objects in the old regions until
        // later mixed collections: 157 MiB committed for 123 MiB "used" after load.
        System.gc();
    }

    @Override
    public synchronized void workAgain() {
        if (jvmsOwn != null) {
            flags.setVMOption(MAX_FREE, jvmsOwn[1]);
            flags.setVMOption(MIN_FREE, jvmsOwn[0]);
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
