package tally.client.api;

import static tally.client.api.HttpCalls.ANSWER_TIMEOUT;

import java.util.LinkedHashMap;
import java.util.Map;
import tally.client.api.TrainingShapes.History;
import tally.client.api.TrainingShapes.SecondOperator;
import tally.client.api.TrainingShapes.Traffic;
import tally.client.api.TrainingShapes.Training;
import tally.client.api.WireShapes.ProjectionStatus;

/** {@link TrainingApi} over the same {@link HttpCalls} as {@link HttpTallyApi}: same token. */
final class HttpTrainingApi implements TrainingApi {
    private final HttpCalls calls;

    HttpTrainingApi(HttpCalls calls) {
        this.calls = calls;
    }

    @Override
    public Training training() {
        return calls.get("/api/training", Training.class);
    }

    @Override
    public Traffic startTraffic(int commandsPerSecond) {
        return calls.read(calls.send(calls.put("/api/training/traffic",
                Map.of("commandsPerSecond", commandsPerSecond)), ANSWER_TIMEOUT), Traffic.class);
    }

    @Override
    public Traffic stopTraffic() {
        return calls.read(calls.send(calls.request("/api/training/traffic").DELETE(),
                ANSWER_TIMEOUT), Traffic.class);
    }

    @Override
    public SecondOperator secondOperator(String sku, String command) {
        var body = new LinkedHashMap<String, Object>();
        body.put("sku", sku);
        body.put("command", command);
        return calls.postJson("/api/training/second-operator", body, SecondOperator.class);
    }

    @Override
    public History growHistory(long events) {
        return calls.postJson("/api/training/history", Map.of("events", events), History.class);
    }

    @Override
    public History stopHistory() {
        return calls.read(calls.send(calls.request("/api/training/history").DELETE(),
                ANSWER_TIMEOUT), History.class);
    }

    @Override
    public ProjectionStatus rebuild(String name, long eventsPerSecond) {
        return calls.postJson("/api/projections/" + PathSegments.encode(name) + "/rebuild",
                Map.of("eventsPerSecond", eventsPerSecond), ProjectionStatus.class);
    }
}
