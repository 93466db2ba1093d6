package tally.client.paper;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.stage.Window;

/** Where printed pages go: JavaFX printing in the console ({@link FxPrinting}), a fake in tests. */
public interface Printing {

    /** False when the machine has no printer at all: nothing is fetched or drawn then. */
    boolean available();

    /**
     * On the FX thread: asks the user where and how (the print dialog), prints every page, and
     * says in one line what came of it.
     */
    String print(List<BufferedImage> pages, String jobName, Window owner);
}
