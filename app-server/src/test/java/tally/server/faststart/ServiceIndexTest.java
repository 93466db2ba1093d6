package tally.server.faststart;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.io.service.MicronautMetaServiceLoaderUtils;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceIndexTest {
    @TempDir
    Path dir;

    /** A jar with folder entries, as the shade plugin writes them: class loaders need them. */
    private Path jar(Map<String, String> files) throws IOException {
        Path jar = dir.resolve("services.jar");
        var entries = new java.util.TreeMap<>(files);
        for (String name : files.keySet()) {
            for (int slash = name.indexOf('/'); slash > 0; slash = name.indexOf('/', slash + 1)) {
                entries.putIfAbsent(name.substring(0, slash + 1), "");
            }
        }
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    @Test
    void reads_services_files_as_micronaut_does_and_puts_them_before_its_own_folders()
            throws IOException {
        Path jar = jar(Map.of(
                "META-INF/services/a.Service", "# a comment\nx.One\n\nx.Two# after\n",
                "META-INF/micronaut/a.Service/x.Four", "",
                "META-INF/micronaut/b.Service/x.Three", ""));
        Map<String, List<String>> index = ServiceIndex.read(jar);
        assertThat(index.keySet()).containsExactlyInAnyOrder("a.Service", "b.Service");
        assertThat(index.get("a.Service")).containsExactlyInAnyOrder("x.One", "x.Two", "x.Four")
                .endsWith("x.Four");
        assertThat(index.get("b.Service")).containsExactly("x.Three");
    }

    @Test
    void finds_in_micronauts_folders_exactly_what_micronauts_own_scan_finds() throws IOException {
        Path jar = jar(Map.of(
                "META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/a.$One", "",
                "META-INF/micronaut/io.micronaut.inject.BeanDefinitionReference/b.$Two", "",
                "META-INF/micronaut/io.micronaut.core.beans.BeanIntrospectionReference/c.$I", "",
                "META-INF/micronaut/io.micronaut.core.beans.BeanIntrospectionReference/.x", "",
                "META-INF/services/not.Micronauts", "x.Y\n"));
        Map<String, Set<String>> scanned;
        try (var only = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            scanned = MicronautMetaServiceLoaderUtils.findAllMicronautMetaServices(only);
        }
        ServiceIndex.list(jar).micronaut().forEach((service, names) ->
                assertThat(new HashSet<>(names)).as(service).isEqualTo(scanned.get(service)));
        assertThat(ServiceIndex.list(jar).micronaut().keySet()).isEqualTo(scanned.keySet());
    }

    @Test
    void offers_new_instances_and_leaves_out_what_cannot_be_made_as_micronaut_does() {
        var loader = ServiceIndex.listed(List.of("java.util.ArrayList", "no.such.Service",
                "java.lang.Runtime", "java.util.HashMap"), getClass().getClassLoader());
        List<Object> first = loader.load(null);
        assertThat(first).hasSize(2);
        assertThat(first.get(0)).isInstanceOf(java.util.ArrayList.class);
        assertThat(first.get(1)).isInstanceOf(java.util.HashMap.class);
        assertThat(loader.load(null).get(0)).isNotSameAs(first.get(0));
    }

    @Test
    void a_service_the_jar_does_not_list_has_no_implementations_rather_than_a_scan() {
        var loaders = ServiceIndex.optimizations(
                Map.of("a.Service", List.of("java.util.ArrayList")),
                getClass().getClassLoader()).getServiceLoaders();
        assertThat(loaders.get("a.Service").load(null)).hasSize(1);
        assertThat(loaders.containsKey("b.Service")).isTrue();
        assertThat(loaders.get("b.Service").load(null)).isEmpty();
    }

    @Test
    void is_not_used_when_the_class_path_is_not_one_jar() {
        // Tests run from class folders: Micronaut scans as usual, and finds their services too.
        assertThat(ServiceIndex.thisJar()).isEmpty();
        assertThat(new ServiceIndex().load().getServiceLoaders()).isEmpty();
    }
}
