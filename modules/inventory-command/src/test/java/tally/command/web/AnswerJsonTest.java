package tally.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tally.command.CommandAnswer;

class AnswerJsonTest {

    @Test
    void writes_the_answer_byte_for_byte_as_jackson_does_with_any_command_id() throws Exception {
        var json = new ObjectMapper();
        for (String id : new String[] {"0190f3a2-7c1e-7000-8000-000000000001", "say \"hi\" \\ now",
                "tab\there\u0001\u001f", "é😀/<>&", ""}) {
            var answer = new CommandAnswer(id, "product-S-1", 7, Long.MAX_VALUE);
            assertThat(new String(AnswerJson.of(answer), StandardCharsets.UTF_8))
                    .isEqualTo(json.writeValueAsString(answer));
        }
    }
}
