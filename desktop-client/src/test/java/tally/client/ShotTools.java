package tally.client;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** What the screenshot sessions share: work on the FX thread, waiting, and writing a PNG. */
final class ShotTools {
    private ShotTools() {
    }

    /** A PNG of the node as it is drawn now (a scene's root: the whole window). */
    static void shot(Node node, Path out, String name) throws Exception {
        WritableImage image = fx(() -> node.snapshot(null, null));
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        var png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        var pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0,
                w);
        png.setRGB(0, 0, w, h, pixels, 0, w);
        File file = out.resolve(name + ".png").toFile();
        ImageIO.write(png, "png", file);
        System.out.println("wrote " + file);
    }

    static <T> T fx(Callable<T> work) throws Exception {
        var result = new CompletableFuture<T>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | Error e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    static void waitFor(Callable<Boolean> condition, int seconds) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!fx(condition)) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("gave up waiting after " + seconds + " s");
            }
            pause(200);
        }
    }

    static void pause(long millis) throws InterruptedException {
        Thread.sleep(millis);
    }
}
