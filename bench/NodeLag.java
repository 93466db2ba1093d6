import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Node-to-node lag over HTTP, for bench/nodes.sh (run as a source file: java NodeLag.java ...).
 * One sample: a receive-stock answered by one node at position P, then the other node's stock
 * read model asked for that product with minPosition=P (it answers once it has applied P). The
 * lag is the time from the first answer to the second: what a user on the other node waits to
 * see a colleague's command, query round trip included. Samples alternate A to B and B to A, one
 * at a time. Prints "p50 p99 max samples failed" in milliseconds, one line.
 *
 * Arguments: URL of node A, URL of node B, bearer token, number of samples, SKU to receive, and
 * at most how many seconds to sample (then it stops early and says how many it took: on a
 * machine loaded to starvation a sample can take seconds).
 */
public final class NodeLag {
    private static final Pattern POSITION = Pattern.compile("\"position\":(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).build();

    public static void main(String[] args) throws Exception {
        URI[] nodes = {URI.create(args[0]), URI.create(args[1])};
        String token = args[2];
        int samples = Integer.parseInt(args[3]);
        String sku = args[4];
        long until = System.nanoTime() + Long.parseLong(args[5]) * 1_000_000_000L;
        long run = System.currentTimeMillis();
        double[] lags = new double[samples];
        int failed = 0;
        for (int i = 0; i < samples; i++) {
            if (System.nanoTime() > until) {
                lags = Arrays.copyOf(lags, i);
                break;
            }
            URI writer = nodes[i % 2];
            URI reader = nodes[(i + 1) % 2];
            String body = "{\"sku\":\"" + sku + "\",\"location\":\"LAG-01\",\"quantity\":1,"
                    + "\"commandId\":\"lag-" + run + "-" + i + "\"}";
            var answer = send(HttpRequest.newBuilder(writer.resolve("/api/commands/receive-stock"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)), token);
            long answered = System.nanoTime();
            long position = answer.statusCode() == 200 ? position(answer.body()) : -1;
            if (position < 0) {
                failed++;
                lags[i] = Double.NaN;
                continue;
            }
            var seen = send(HttpRequest.newBuilder(reader.resolve("/api/stock/" + sku
                    + "?minPosition=" + position + "&waitMillis=10000")).GET(), token);
            long shown = System.nanoTime();
            if (seen.statusCode() != 200 || position(seen.body()) < position) {
                failed++; // not shown within 10 s: counted apart, never as a fast sample
                lags[i] = Double.NaN;
                continue;
            }
            lags[i] = (shown - answered) / 1e6;
        }
        double[] ok = Arrays.stream(lags).filter(d -> !Double.isNaN(d)).sorted().toArray();
        if (ok.length == 0) {
            System.out.println("- - - 0 " + failed);
            return;
        }
        System.out.printf("%.2f %.2f %.2f %d %d%n", percentile(ok, 50), percentile(ok, 99),
                ok[ok.length - 1], ok.length, failed);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String token)
            throws Exception {
        return HTTP.send(request.header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long position(String json) {
        Matcher m = POSITION.matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** Nearest rank: the smallest sample with at least p % of the samples at or below it. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
