package tally.client.paper;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;

/** Opens a saved file in the desktop's own viewer, where there is one. */
@FunctionalInterface
public interface Viewer {

    /** True when a viewer was started; false when the machine has none (headless, a server). */
    boolean open(Path file);

    /** The desktop's viewer for PDF (called off the FX thread: it may take a moment). */
    static Viewer desktop() {
        return file -> {
            try {
                if (GraphicsEnvironment.isHeadless() || !Desktop.isDesktopSupported()
                        || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    return false;
                }
                Desktop.getDesktop().open(file.toFile());
                return true;
            } catch (IOException | RuntimeException e) {
                return false;
            }
        };
    }
}
