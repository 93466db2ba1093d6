package tally.client.freshness;

import tally.client.api.WireShapes.ProjectionStatus;

/** What each read model is to an operator, and its state in a word or two. */
final class FreshnessWords {
    private FreshnessWords() {
    }

    /** "stock figures", "location figures"...; an unknown read model by its own name. */
    static String what(String name) {
        return switch (name) {
            case "stock" -> "stock figures";
            case "locations" -> "location figures";
            case "activity" -> "activity lines";
            case "orders" -> "order figures";
            case "allocation" -> "order reservations";
            default -> name + " figures";
        };
    }

    static String capitalised(String name) {
        String what = what(name);
        return Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }

    static String briefState(ProjectionStatus s) {
        return switch (s.state()) {
            case "PAUSED" -> "paused";
            case "FAILED" -> "failed";
            case "REBUILDING" -> "rebuilding";
            default -> "behind";
        };
    }
}
