package tally.client.freshness;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import tally.client.api.StreamMessage.ActivityAdded;
import tally.client.api.StreamMessage.LocationChanged;
import tally.client.api.StreamMessage.OrderChanged;
import tally.client.api.StreamMessage.ProjectionChanged;
import tally.client.api.StreamMessage.StockChanged;
import tally.client.api.WireShapes.ProjectionStatus;
import tally.client.sync.LiveListener;
import tally.client.sync.LiveUpdate;
import tally.client.sync.LiveUpdate.Changed;
import tally.client.sync.LiveUpdate.Resynced;

/**
 * Whether the figures an operator screen shows are current: from the read models' status the
 * console receives anyway (the snapshot's {@code /api/projections} and the stream's
 * {@code projection} messages, at least once a second while one lags), a line for a banner
 * ("Stock figures are 12 s behind", "Stock figures stopped at 10:42 (paused by a trainer)")
 * and a short word for the status bar. Both are empty while every read model shown runs.
 */
public final class FreshnessViewModel implements LiveListener {
    /** Behind by less than this is the normal pace of a read model, not worth a banner. */
    static final long NOTICEABLE_MILLIS = 2_000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final LongSupplier clockMillis;
    private final ZoneId zone;
    private final Map<String, ProjectionStatus> latest = new TreeMap<>();
    private final Map<String, Long> stoppedAt = new HashMap<>();
    private final ObjectProperty<Set<String>> shown = new SimpleObjectProperty<>(this, "shown",
            Set.of());
    private final StringProperty banner = new SimpleStringProperty(this, "banner", "");
    private final StringProperty brief = new SimpleStringProperty(this, "brief", "");

    public FreshnessViewModel(LongSupplier clockMillis, ZoneId zone) {
        this.clockMillis = clockMillis;
        this.zone = zone;
        shown.addListener((o, was, is) -> render());
    }

    /** The read models the screen in front of the operator shows; set as screens change. */
    public ObjectProperty<Set<String>> shownProperty() {
        return shown;
    }

    /** One line per read model shown that is not current; empty when all are. */
    public StringProperty bannerProperty() {
        return banner;
    }

    /** For the status bar: e.g. "stock figures stopped"; empty when all shown are current. */
    public StringProperty briefProperty() {
        return brief;
    }

    @Override
    public void heard(LiveUpdate update) {
        switch (update) {
            case Resynced(var snapshot) -> snapshot.projections().forEach(this::learn);
            case Changed(ProjectionChanged(_, ProjectionStatus status)) -> learn(status);
            case Changed(StockChanged _) -> { }
            case Changed(LocationChanged _) -> { }
            case Changed(ActivityAdded _) -> { }
            case Changed(OrderChanged _) -> { }
        }
    }

    private void learn(ProjectionStatus status) {
        long now = clockMillis.getAsLong();
        latest.put(status.name(), status);
        if (stopped(status)) {
            // It stopped before the oldest event it has not applied was recorded, at the latest.
            long since = status.lag() > 0 ? now - status.lagMillis() : now;
            stoppedAt.merge(status.name(), since, Math::min);
        } else {
            stoppedAt.remove(status.name());
        }
        render();
    }

    private static boolean stopped(ProjectionStatus s) {
        return s.state().equals("PAUSED") || s.state().equals("FAILED");
    }

    private void render() {
        var lines = new ArrayList<String>();
        var words = new ArrayList<String>();
        for (String name : shown.get().stream().sorted().toList()) {
            ProjectionStatus s = latest.get(name);
            if (s == null) {
                continue;
            }
            String line = lineFor(s);
            if (!line.isEmpty()) {
                lines.add(line);
                words.add(FreshnessWords.what(name) + " " + FreshnessWords.briefState(s));
            }
        }
        banner.set(String.join("\n", lines));
        brief.set(String.join("; ", words));
    }

    private String lineFor(ProjectionStatus s) {
        String what = FreshnessWords.capitalised(s.name());
        return switch (s.state()) {
            case "PAUSED" -> what + " stopped at " + at(s.name()) + " (paused by a trainer)";
            case "FAILED" -> what + " stopped at " + at(s.name()) + ", failed: "
                    + (s.lastError() == null || s.lastError().isBlank() ? "no reason given"
                    : s.lastError());
            case "REBUILDING" -> what + " are being rebuilt (" + percent(s)
                    + "); until then they are incomplete";
            default -> behind(what, s);
        };
    }

    private static String behind(String what, ProjectionStatus s) {
        if (s.lag() > 0 && s.lagMillis() >= NOTICEABLE_MILLIS) {
            return what + " are " + s.lagMillis() / 1000 + " s behind"
                    + (s.delayMillis() > 0 ? " (held back " + seconds(s.delayMillis())
                    + " by a trainer)" : "");
        }
        if (s.delayMillis() >= NOTICEABLE_MILLIS) {
            return what + " are held back " + seconds(s.delayMillis()) + " by a trainer";
        }
        return "";
    }

    private String at(String name) {
        return CLOCK.format(Instant.ofEpochMilli(stoppedAt.getOrDefault(name,
                clockMillis.getAsLong())).atZone(zone));
    }

    private static String percent(ProjectionStatus s) {
        return s.headPosition() <= 0 ? "0 %" : Math.min(100, 100 * s.position()
                / s.headPosition()) + " %";
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** The read models each screen of the console shows, by the screen's tab id. */
    public static Set<String> shownOn(String tabId) {
        return switch (tabId == null ? "" : tabId) {
            case "stock", "product" -> Set.of("stock");
            case "locations" -> Set.of("locations", "stock");
            case "activity" -> Set.of("activity");
            case "orders", "pick" -> Set.of("orders", "allocation");
            default -> Set.of();
        };
    }
}
