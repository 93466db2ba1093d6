package tally.server;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The jar's entry point. A plain class, not a JavaFX {@code Application}: a fat jar whose main
 * class extends {@code Application} fails with "JavaFX runtime components are missing".
 */
public final class Tally {
    private Tally() {
    }

    public static void main(String[] args) {
        Optional<List<String>> child = Relaunch.command(args, Relaunch.thisJvm(),
                Relaunch.archive(), ProcessHandle.current().pid());
        if (child.isPresent()) {
            try {
                System.exit(Relaunch.run(child.get()));
            } catch (IOException e) {
                // no second JVM to be had: this one serves, only slower to start
            }
        }
        Relaunch.followLauncher();
        System.exit(Launcher.run(args, System.out, System.err));
    }
}
