package tally.server.commands;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Requests for the fuzz test: valid commands on a few SKUs (so some are carried out and some
 * refused), the same mutated (a field dropped, added, retyped, nulled, truncated, a byte flipped)
 * and plain noise. Deterministic for a seed.
 */
final class FuzzBodies {
    static final List<String> NAMES = List.of("register-product", "receive-stock", "move-stock",
            "pick-stock", "adjust-stock");
    private static final List<String> FIELDS = List.of("sku", "name", "reorderPoint", "location",
            "quantity", "reference", "from", "to", "countedQuantity", "reason", "commandId",
            "expectedVersion", "", "Sku", "quantity ", "__proto__");

    record Request(String name, String contentType, byte[] body) {
    }

    private final Random random;

    FuzzBodies(long seed) {
        this.random = new Random(seed);
    }

    Request next() {
        String name = random.nextInt(30) == 0 ? oddName() : NAMES.get(random.nextInt(NAMES.size()));
        String contentType = switch (random.nextInt(40)) {
            case 0 -> "text/plain";
            case 1 -> "application/json; charset=utf-8";
            case 2 -> "application/x-www-form-urlencoded";
            default -> "application/json";
        };
        String json = valid(name);
        byte[] body = switch (random.nextInt(10)) {
            case 0, 1, 2 -> utf8(json);
            case 3, 4, 5 -> utf8(mutateField(json));
            case 6 -> utf8(json.substring(0, random.nextInt(json.length())));
            case 7 -> flipBytes(utf8(json));
            case 8 -> utf8(value(3));
            default -> noise();
        };
        return new Request(name, contentType, body);
    }

    private String valid(String name) {
        String sku = "\"sku\":\"F-" + random.nextInt(4) + "\"";
        String tail = random.nextInt(4) == 0 ? ",\"commandId\":\"fz-" + random.nextInt(50) + "\"" : "";
        tail += random.nextInt(6) == 0 ? ",\"expectedVersion\":" + random.nextInt(5) : "";
        return switch (name) {
            case "register-product" -> "{" + sku + ",\"name\":" + text() + ",\"reorderPoint\":"
                    + random.nextInt(20) + tail + "}";
            case "receive-stock", "pick-stock" -> "{" + sku + ",\"location\":\"L" + random.nextInt(3)
                    + "\",\"quantity\":" + (1 + random.nextInt(20)) + ",\"reference\":" + text()
                    + tail + "}";
            case "move-stock" -> "{" + sku + ",\"from\":\"L" + random.nextInt(3) + "\",\"to\":\"L"
                    + random.nextInt(3) + "\",\"quantity\":" + (1 + random.nextInt(20)) + tail + "}";
            default -> "{" + sku + ",\"location\":\"L" + random.nextInt(3)
                    + "\",\"countedQuantity\":" + random.nextInt(30) + ",\"reason\":" + text()
                    + tail + "}";
        };
    }

    /** Replaces, drops, adds or duplicates one field of a flat JSON object. */
    private String mutateField(String json) {
        String field = FIELDS.get(random.nextInt(FIELDS.size()));
        String inner = json.substring(1, json.length() - 1);
        String entry = "\"" + field + "\":" + value(2);
        return switch (random.nextInt(3)) {
            case 0 -> "{" + entry + "," + inner + "}";
            case 1 -> "{" + inner.replaceFirst("\"[A-Za-z]+\":[^,]*,?", "") + "}";
            default -> "{" + inner.replaceFirst("\"" + field + "\":(\"[^\"]*\"|[^,}]*)", entry) + "}";
        };
    }

    /** Any JSON value, often one that is almost right. */
    private String value(int depth) {
        return switch (random.nextInt(depth > 0 ? 16 : 13)) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> Integer.toString(random.nextInt());
            case 3 -> Long.toString(random.nextLong());
            case 4 -> "1" + "0".repeat(random.nextInt(40));
            case 5 -> random.nextInt(1000) + "." + random.nextInt(10);
            case 6 -> (random.nextBoolean() ? "-" : "") + random.nextInt(9) + "e" + random.nextInt(400);
            case 7 -> "-0";
            case 8 -> "1000001";
            case 9 -> text();
            case 10 -> "\"" + "S".repeat(random.nextInt(60)) + "\"";
            case 11 -> "\"\\ud800 \\u0000 \\n\"";
            case 12 -> "\"  \"";
            case 13 -> "[" + value(depth - 1) + "," + value(depth - 1) + "]";
            case 14 -> "{\"x\":" + value(depth - 1) + "}";
            default -> "[".repeat(random.nextInt(3000)) ;
        };
    }

    private String text() {
        int length = random.nextInt(10) == 0 ? 150 + random.nextInt(100) : random.nextInt(12);
        var s = new StringBuilder("\"");
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(20);
            s.append(kind == 0 ? "\\\"" : kind == 1 ? "é" : kind == 2 ? "😀" : kind == 3 ? "\\t"
                    : String.valueOf((char) ('a' + random.nextInt(26))));
        }
        return s.append('"').toString();
    }

    private String oddName() {
        return List.of("Pick-Stock", "pick-stock2", "sell", "x", "register_product", "-", "%20",
                "pick-stock.json").get(random.nextInt(8));
    }

    private byte[] flipBytes(byte[] body) {
        for (int i = 0, n = 1 + random.nextInt(3); i < n && body.length > 0; i++) {
            body[random.nextInt(body.length)] = (byte) random.nextInt(256);
        }
        return body;
    }

    private byte[] noise() {
        byte[] bytes = new byte[random.nextInt(200)];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
