package tally.server.training;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.Map;
import java.util.Set;
import tally.command.domain.Rules;
import tally.query.QueryException;
import tally.server.training.TrainingAnswers.History;
import tally.server.training.TrainingAnswers.SecondOperator;
import tally.server.training.TrainingAnswers.Traffic;
import tally.server.training.TrainingAnswers.Training;

/**
 * The trainer's lessons of docs/api.md, "Lessons for a class": warehouse traffic at a chosen
 * rate, a second operator who changes the product the class looks at, and a longer history.
 * Here, in the server, because the training both issues commands and reads the read models.
 */
@Controller("/api/training")
@ExecuteOn(TaskExecutors.BLOCKING)
final class TrainingController {
    static final int MAX_COMMANDS_PER_SECOND = 1000;
    static final int MAX_HISTORY = 1_000_000;

    private final WarehouseTraffic traffic;
    private final LongerHistory history;
    private final SecondOperatorAtWork secondOperator;

    TrainingController(WarehouseTraffic traffic, LongerHistory history,
                       SecondOperatorAtWork secondOperator) {
        this.traffic = traffic;
        this.history = history;
        this.secondOperator = secondOperator;
    }

    @Get
    Training status() {
        return new Training(traffic.status(), history.status());
    }

    @Put("/traffic")
    Traffic startTraffic(@Nullable @Body Map<String, Object> body) {
        return traffic.start(TrainingBodies.wholeNumber(body, "commandsPerSecond", 1,
                MAX_COMMANDS_PER_SECOND));
    }

    @Delete("/traffic")
    Traffic stopTraffic() {
        return traffic.stop();
    }

    @Post("/second-operator")
    SecondOperator secondOperator(@Nullable @Body Map<String, Object> body) {
        TrainingBodies.onlyFields(body, Set.of("sku", "command"));
        String sku = TrainingBodies.requiredText(body, "sku");
        var badSku = Rules.sku("sku", sku);
        if (badSku != null) {
            throw new QueryException.Invalid("sku", badSku.message());
        }
        String command = TrainingBodies.optionalText(body, "command");
        if (command == null) {
            command = SecondOperatorAtWork.RECEIVE;
        } else if (!Set.of(SecondOperatorAtWork.RECEIVE, SecondOperatorAtWork.PLACE_ORDER)
                .contains(command)) {
            throw new QueryException.Invalid("command", "must be receive-stock or place-order");
        }
        return secondOperator.act(sku, command);
    }

    @Post("/history")
    HttpResponse<History> appendHistory(@Nullable @Body Map<String, Object> body) {
        return HttpResponse.accepted().body(history.start(
                TrainingBodies.wholeNumber(body, "events", 1, MAX_HISTORY)));
    }

    @Delete("/history")
    History stopHistory() throws InterruptedException {
        return history.stop();
    }
}
