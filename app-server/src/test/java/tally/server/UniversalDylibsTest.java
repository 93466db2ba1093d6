package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that makes the jar's Mac libraries universal (src/build/UniversalDylibs.java),
 * run as the build runs it, with the JDK's source launcher, on small fake thin libraries.
 */
class UniversalDylibsTest {
    private static final Path STEP = Path.of("src/build/UniversalDylibs.java");

    @TempDir Path dir;

    @Test
    void writes_one_universal_file_per_library_holding_both_thin_files_unchanged() throws Exception {
        byte[] intel = thinMachO(UniversalMachO.X86_64, 3, 40_000, 1);
        byte[] appleSilicon = thinMachO(UniversalMachO.ARM64, 0, 20_001, 2);
        Files.createDirectories(dir.resolve("intel"));
        Files.createDirectories(dir.resolve("arm"));
        Files.write(dir.resolve("intel/libfake.dylib"), intel);
        Files.write(dir.resolve("arm/libfake.dylib"), appleSilicon);

        var run = run("intel", "arm", "out");

        assertThat(run.exitCode).as(run.output).isZero();
        assertThat(run.output).contains("1 universal libraries");
        var universal = UniversalMachO.parse(Files.readAllBytes(dir.resolve("out/libfake.dylib")));
        assertThat(universal.cputypes()).containsExactly(UniversalMachO.X86_64, UniversalMachO.ARM64);
        var x86 = universal.slice(UniversalMachO.X86_64);
        var arm = universal.slice(UniversalMachO.ARM64);
        assertThat(x86.bytes()).isEqualTo(intel);
        assertThat(arm.bytes()).isEqualTo(appleSilicon);
        assertThat(x86.cpusubtype()).isEqualTo(3);
        assertThat(arm.cpusubtype()).isZero();
        assertThat(x86.offset()).isEqualTo(16_384);
        assertThat(arm.offset()).as("next 2^14 boundary after 16,384 + 40,000").isEqualTo(65_536);
        assertThat(x86.align()).isEqualTo(14);
        assertThat(arm.align()).isEqualTo(14);
        assertThat(Files.size(dir.resolve("out/libfake.dylib"))).isEqualTo(65_536 + 20_001);
    }

    @Test
    void refuses_a_library_built_for_the_wrong_processor() throws Exception {
        Files.createDirectories(dir.resolve("intel"));
        Files.createDirectories(dir.resolve("arm"));
        Files.write(dir.resolve("intel/libfake.dylib"), thinMachO(UniversalMachO.ARM64, 0, 100, 1));
        Files.write(dir.resolve("arm/libfake.dylib"), thinMachO(UniversalMachO.ARM64, 0, 100, 2));

        var run = run("intel", "arm", "out");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.output).contains("has cputype 0x100000c, expected 0x1000007");
        assertThat(dir.resolve("out/libfake.dylib")).doesNotExist();
    }

    @Test
    void refuses_when_one_build_lacks_a_library_the_other_has() throws Exception {
        Files.createDirectories(dir.resolve("intel"));
        Files.createDirectories(dir.resolve("arm"));
        Files.write(dir.resolve("intel/libfake.dylib"), thinMachO(UniversalMachO.X86_64, 3, 100, 1));

        var run = run("intel", "arm", "out");

        assertThat(run.exitCode).isNotZero();
        assertThat(run.output).contains("expected the same non-empty set of .dylib files");
    }

    /** A 64-bit Mach-O header (little-endian, as both Macs write it) and seeded filler. */
    private static byte[] thinMachO(int cputype, int cpusubtype, int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0xFEEDFACF).putInt(cputype).putInt(cpusubtype);
        return bytes;
    }

    private record Run(int exitCode, String output) {}

    private Run run(String intel, String arm, String out) throws IOException, InterruptedException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, STEP.toAbsolutePath().toString(),
                dir.resolve(intel).toString(), dir.resolve(arm).toString(), dir.resolve(out).toString())
                .redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the step ends").isTrue();
        return new Run(process.exitValue(), output);
    }
}
