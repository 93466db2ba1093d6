package tally.client.orders;

import java.util.List;

/** docs/api.md's order statuses, each with what it means to the people on the floor. */
public final class OrderStatusMeanings {
    /** The status filter's choices, "All" first. */
    public static final List<String> CHOICES = List.of("All", "PLACED", "ALLOCATED", "PARTIAL",
            "BACKORDERED", "PICKED", "SHIPPED", "CANCELLED");

    private OrderStatusMeanings() {
    }

    public static String meaning(String status) {
        return switch (status == null ? "" : status) {
            case "PLACED" -> "waiting for the allocation";
            case "ALLOCATED" -> "every unit reserved: ready to pick";
            case "PARTIAL" -> "some units reserved, the rest backordered";
            case "BACKORDERED" -> "nothing reserved yet: waiting for stock";
            case "PICKED" -> "picked in full: ready to ship";
            case "SHIPPED" -> "shipped";
            case "CANCELLED" -> "cancelled";
            default -> "";
        };
    }

    static boolean open(String status) {
        return !"SHIPPED".equals(status) && !"CANCELLED".equals(status);
    }
}
