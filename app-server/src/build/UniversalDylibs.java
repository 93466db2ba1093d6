import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

/**
 * Build step of app-server/pom.xml, run with the JDK's source launcher so that a fresh machine
 * needs nothing but the JDK and Maven (no lipo):
 * {@code java UniversalDylibs.java INTEL_DIR APPLE_SILICON_DIR OUT_DIR}.
 *
 * <p>JavaFX ships its Intel and Apple-silicon Mac libraries under the same names, so one jar could
 * hold only one of them. This writes each pair as one universal (fat) Mach-O file, which macOS's
 * loader opens on either kind of Mac by picking its own slice: a big-endian header (0xCAFEBABE,
 * the number of slices), one fat_arch entry per slice (cputype, cpusubtype, offset, size, align),
 * then each thin library unchanged, so each keeps its own code signature. Slices start on 2^14
 * bytes, as lipo places arm64 and x86_64 ones.
 */
public class UniversalDylibs {
    static final int FAT_MAGIC = 0xCAFEBABE;
    static final int THIN_MAGIC_64 = 0xFEEDFACF;
    static final int X86_64 = 0x01000007;
    static final int ARM64 = 0x0100000C;
    static final int ALIGN = 14;

    /** A thin Mach-O library and what its own header says it runs on. */
    record Thin(String name, int cputype, int cpusubtype, byte[] bytes) {
        static Thin read(Path file) throws IOException {
            byte[] bytes = Files.readAllBytes(file);
            // A thin 64-bit Mach-O header is little-endian on both Intel and Apple silicon.
            var header = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
            if (bytes.length < 32 || header.getInt(0) != THIN_MAGIC_64) {
                throw new IllegalArgumentException(file + " is not a thin 64-bit Mach-O file");
            }
            return new Thin(file.toString(), header.getInt(4), header.getInt(8), bytes);
        }
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: java UniversalDylibs.java INTEL_DIR APPLE_SILICON_DIR OUT_DIR");
            System.exit(2);
        }
        try {
            write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
        } catch (IOException | RuntimeException e) {
            System.err.println("UniversalDylibs: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static void write(Path intel, Path appleSilicon, Path out) throws IOException {
        var names = dylibNames(intel);
        if (names.isEmpty() || !names.equals(dylibNames(appleSilicon))) {
            throw new IllegalStateException("expected the same non-empty set of .dylib files in "
                    + intel + " " + names + " and " + appleSilicon + " " + dylibNames(appleSilicon));
        }
        Files.createDirectories(out);
        for (String name : names) {
            var slices = List.of(expect(Thin.read(intel.resolve(name)), X86_64),
                    expect(Thin.read(appleSilicon.resolve(name)), ARM64));
            Files.write(out.resolve(name), universal(slices));
        }
        System.out.println("UniversalDylibs: " + names.size() + " universal libraries (x86_64 + arm64) in " + out);
    }

    /** The fat file holding the slices in the order given. */
    static byte[] universal(List<Thin> slices) {
        int headerSize = 8 + 20 * slices.size();
        var offsets = new long[slices.size()];
        long end = headerSize;
        for (int i = 0; i < slices.size(); i++) {
            offsets[i] = alignUp(end);
            end = offsets[i] + slices.get(i).bytes().length;
        }
        if (end > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("slices too large for 32-bit fat_arch offsets");
        }
        var header = ByteBuffer.allocate(headerSize).order(ByteOrder.BIG_ENDIAN);
        header.putInt(FAT_MAGIC).putInt(slices.size());
        for (int i = 0; i < slices.size(); i++) {
            var thin = slices.get(i);
            header.putInt(thin.cputype()).putInt(thin.cpusubtype())
                    .putInt((int) offsets[i]).putInt(thin.bytes().length).putInt(ALIGN);
        }
        var file = new ByteArrayOutputStream((int) end);
        file.writeBytes(header.array());
        for (int i = 0; i < slices.size(); i++) {
            file.writeBytes(new byte[(int) (offsets[i] - file.size())]);
            file.writeBytes(slices.get(i).bytes());
        }
        return file.toByteArray();
    }

    private static long alignUp(long position) {
        long step = 1L << ALIGN;
        return (position + step - 1) / step * step;
    }

    private static Thin expect(Thin thin, int cputype) {
        if (thin.cputype() != cputype) {
            throw new IllegalArgumentException(thin.name() + " has cputype 0x"
                    + Integer.toHexString(thin.cputype()) + ", expected 0x" + Integer.toHexString(cputype));
        }
        return thin;
    }

    private static TreeSet<String> dylibNames(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".dylib"))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
