package tally.server.faststart;

import io.micronaut.context.env.ActiveEnvironment;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.io.ResourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Set;

/**
 * The server's built-in settings, {@code tally-defaults.yml}, as Micronaut's "application"
 * property source. Micronaut reads an application.yml found in a jar through a zip file system
 * of all the jar's 20,000 entries, built for that one read; this reads the file as a plain class
 * path resource. Public because Micronaut loads it as a service.
 */
public final class DefaultSettings extends YamlPropertySourceLoader {
    static final String RESOURCE = "tally-defaults.yml";

    /** Its own key in Micronaut's table of loaders, so that the YAML loader stays as well. */
    @Override
    public Set<String> getExtensions() {
        return Set.of("tally-defaults");
    }

    @Override
    public Optional<PropertySource> load(String resourceName, ResourceLoader resourceLoader) {
        if (!Environment.DEFAULT_NAME.equals(resourceName)) {
            return Optional.empty();
        }
        try (InputStream in = DefaultSettings.class.getClassLoader()
                .getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(createPropertySource(RESOURCE, read(RESOURCE, in), getOrder()));
        } catch (IOException e) {
            throw new ConfigurationException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<PropertySource> loadEnv(String resourceName, ResourceLoader resourceLoader,
                                            ActiveEnvironment activeEnvironment) {
        return Optional.empty();
    }
}
