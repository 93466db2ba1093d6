package tally.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import tally.server.faststart.Relaunch;

/**
 * The jar's entry point. A plain class, not a JavaFX {@code Application}: a fat jar whose main
 * class extends {@code Application} fails with "JavaFX runtime components are missing".
 */
public final class Tally {
    private Tally() {
    }

    public static void main(String[] args) {
        NettyBuffers.choosePooledUnlessChosen(System.getProperties());
        Optional<List<String>> child = childCommand(args, Relaunch.thisJvm(), Relaunch.cache(),
                ProcessHandle.current().pid());
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

    /**
     * The server's JVM, when it is worth a second one: help, a usage error and the client alone
     * answer here, since the AOT cache holds the classes of a server.
     */
    static Optional<List<String>> childCommand(String[] args, List<String> thisJvm,
                                               Optional<Path> cache, long pid) {
        if (!LaunchOptions.startsAServer(args)) {
            return Optional.empty();
        }
        try {
            return Relaunch.command(thisJvm, cache, pid,
                    Settings.heapLimit(LaunchOptions.parse(args), List.of(args)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a bad settings file: this JVM says what is wrong
        }
    }
}
