package tally.server;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a universal (fat) Mach-O file back, the way macOS's loader does, to check what the build
 * step app-server/src/build/UniversalDylibs.java wrote: a big-endian header (magic 0xCAFEBABE,
 * the number of slices), one fat_arch entry per slice, then the slices at their offsets.
 */
record UniversalMachO(List<Slice> slices) {
    static final int MAGIC = 0xCAFEBABE;
    static final int X86_64 = 0x01000007;
    static final int ARM64 = 0x0100000C;

    /** One fat_arch entry and the bytes it points at. */
    record Slice(int cputype, int cpusubtype, long offset, long size, int align, byte[] bytes) {}

    /** Parses the file or throws IllegalArgumentException saying why it is not a universal one. */
    static UniversalMachO parse(byte[] file) {
        var in = ByteBuffer.wrap(file).order(ByteOrder.BIG_ENDIAN);
        if (file.length < 8 || in.getInt() != MAGIC) {
            throw new IllegalArgumentException("not a universal Mach-O: no 0xCAFEBABE at the start");
        }
        int count = in.getInt();
        if (count < 1 || 8L + 20L * count > file.length) {
            throw new IllegalArgumentException("not a universal Mach-O: " + count + " slices");
        }
        var slices = new ArrayList<Slice>();
        for (int i = 0; i < count; i++) {
            int cputype = in.getInt();
            int cpusubtype = in.getInt();
            long offset = Integer.toUnsignedLong(in.getInt());
            long size = Integer.toUnsignedLong(in.getInt());
            int align = in.getInt();
            if (offset + size > file.length) {
                throw new IllegalArgumentException("slice " + i + " ends past the file's end");
            }
            byte[] bytes = Arrays.copyOfRange(file, (int) offset, (int) (offset + size));
            slices.add(new Slice(cputype, cpusubtype, offset, size, align, bytes));
        }
        return new UniversalMachO(List.copyOf(slices));
    }

    List<Integer> cputypes() {
        return slices.stream().map(Slice::cputype).toList();
    }

    Slice slice(int cputype) {
        return slices.stream().filter(s -> s.cputype() == cputype).findFirst().orElseThrow();
    }
}
