package tally.server;

/**
 * The jar's entry point. A plain class, not a JavaFX {@code Application}: a fat jar whose main
 * class extends {@code Application} fails with "JavaFX runtime components are missing".
 */
public final class Tally {
    private Tally() {
    }

    public static void main(String[] args) {
        System.exit(Launcher.run(args, System.out, System.err));
    }
}
