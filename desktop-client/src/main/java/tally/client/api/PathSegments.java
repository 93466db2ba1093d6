package tally.client.api;

import java.nio.charset.StandardCharsets;

/** Percent-encoding of one path segment (RFC 3986 unreserved characters pass as they are). */
final class PathSegments {
    private PathSegments() {
    }

    static String encode(String value) {
        var out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' || c == '_'
                    || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
