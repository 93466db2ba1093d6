package tally.client.testing;

import java.net.URI;

/**
 * A small sample warehouse on the fake server, for screenshots and for trying the console by
 * hand over real HTTP: {@code main} serves it on a port and prints its address, so that the
 * console ({@code TallyClient --server URL}) can sign in to it as {@code owner} or a demo
 * user, each with the password {@code NAME-password}.
 */
public final class FakeSample {
    private FakeSample() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        var server = new FakeHttpServer(warehouse(), port).start();
        URI uri = server.uri();
        System.out.println("Fake Tally listening on " + uri);
        System.out.println("type end (every session expires), down, up or quit");
        var fake = server.api();
        try (var in = new java.util.Scanner(System.in)) {
            while (in.hasNextLine()) {
                switch (in.nextLine().trim()) {
                    case "end" -> fake.sessions().endAll();
                    case "down" -> fake.setDown(true);
                    case "up" -> fake.setDown(false);
                    case "quit" -> System.exit(0);
                    default -> System.out.println("end, down, up or quit");
                }
            }
        }
        Thread.currentThread().join();
    }

    public static FakeTallyApi warehouse() {
        var api = new FakeTallyApi();
        String[][] products = {{"SKU-1001", "Hex bolt M8 x 40", "200"},
            {"SKU-1002", "Washer M8", "500"}, {"SKU-2001", "Cable tie 200 mm", "1000"},
            {"SKU-3005", "Pallet wrap 500 mm", "10"}};
        for (String[] p : products) {
            api.otherClient("register-product", CommandBody.of("sku", p[0], "name", p[1],
                    "reorderPoint", Long.parseLong(p[2])));
        }
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1001", "location", "A-01-01",
                "quantity", 480L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-1002", "location", "A-01-02",
                "quantity", 350L));
        api.otherClient("move-stock", CommandBody.of("sku", "SKU-1001", "from", "A-01-01",
                "to", "B-02-01", "quantity", 120L));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-2001", "location", "DOCK-1",
                "quantity", 2500L));
        api.otherClient("pick-stock", CommandBody.of("sku", "SKU-2001", "location", "DOCK-1",
                "quantity", 1800L, "reference", "ORDER-77"));
        api.otherClient("receive-stock", CommandBody.of("sku", "SKU-3005", "location", "C-03-01",
                "quantity", 24L));
        order(api, "SO-1001", "Northwind Traders", "SKU-1001", 150L, "SKU-1002", 40L);
        order(api, "SO-1002", "Brightline Ltd", "SKU-3005", 30L);
        order(api, "SO-1003", "Acme Fixings", "SKU-2001", 200L, "SKU-1002", 10L);
        api.otherClient("confirm-pick", CommandBody.of("orderId", "SO-1003", "sku", "SKU-2001",
                "location", "DOCK-1", "quantity", 200L));
        api.otherClient("confirm-pick", CommandBody.of("orderId", "SO-1003", "sku", "SKU-1002",
                "location", "A-01-02", "quantity", 10L));
        return api;
    }

    /** An order from the supervisor's desk: orderId, customer, then SKU and quantity pairs. */
    private static void order(FakeTallyApi api, String orderId, String customer,
                              Object... skuAndQuantity) {
        var lines = new java.util.ArrayList<java.util.Map<String, Object>>();
        for (int i = 0; i < skuAndQuantity.length; i += 2) {
            lines.add(java.util.Map.of("sku", skuAndQuantity[i], "quantity",
                    skuAndQuantity[i + 1]));
        }
        api.otherClient("place-order", CommandBody.of("orderId", orderId, "customer", customer,
                "lines", lines));
    }
}
