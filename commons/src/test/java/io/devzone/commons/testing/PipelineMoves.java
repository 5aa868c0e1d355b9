package io.devzone.commons.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.restassured.response.ValidatableResponse;

/**
 * One pipeline through GraphQL (CONVENTIONS.md, "Pipelines"): what a record's {@code allowedMoves} lists is what its
 * move mutation accepts, and every other value of the pipeline's enum is refused with CONFLICT.
 */
public final class PipelineMoves {

    private final String token;
    private final String read;
    private final String move;
    private final List<String> values;
    private final Function<String, Map<String, Object>> input;

    /**
     * @param query the query field that reads one record by {@code id}, e.g. {@code investmentProject}
     * @param mutation the move mutation called with {@code $id} and {@code $input}, e.g.
     *        {@code changeInvestmentProjectStage(id: $id, input: $input)}
     * @param inputType the GraphQL type of {@code $input}
     * @param pipeline the pipeline's enum, every value of which is tried
     * @param input the move's input for a target value, without {@code version}
     */
    public PipelineMoves(String token, String query, String mutation, String inputType,
            Class<? extends Enum<?>> pipeline, Function<String, Map<String, Object>> input) {
        this.token = token;
        this.read = "query($id: ID!) { record: " + query + "(id: $id) { allowedMoves version } }";
        this.move = "mutation($id: ID!, $input: " + inputType + "!) { moved: " + mutation + " { version } }";
        this.values = Arrays.stream(pipeline.getEnumConstants()).map(Enum::name).toList();
        this.input = input;
    }

    /** The record lists exactly {@code expected} (in pipeline order), and every other move is refused unchanged. */
    public void assertAllowedMoves(String id, String... expected) {
        int version = read(id).body("data.record.allowedMoves", equalTo(List.of(expected)))
                .extract().path("data.record.version");
        for (String to : values) {
            if (!List.of(expected).contains(to)) {
                call(id, to, version)
                        .body("data.moved", nullValue())
                        .body("errors[0].extensions.code", equalTo("CONFLICT"));
            }
        }
        read(id).body("data.record.version", equalTo(version));
    }

    /**
     * The record is at the pipeline's end: no move is listed or accepted, and its REST view at {@code recordPath}, as a
     * leader reads it, has {@code field} at {@code end} and no {@code allowedMoves} either.
     */
    public void assertEnded(String id, String recordPath, String field, String end) {
        assertAllowedMoves(id);
        given().auth().oauth2(TestTokens.leader()).get(recordPath)
                .then().statusCode(200).body(field, equalTo(end)).body("allowedMoves", empty());
    }

    /**
     * Walks the record along a pipeline that offers one move at a time: at each stand only the next of {@code steps}
     * is listed (every other move refused), and it is accepted.
     */
    public void walk(String id, String... steps) {
        for (String step : steps) {
            assertAllowedMoves(id, step);
            move(id, step);
        }
    }

    /** Moves the record to {@code to}, which must be accepted. */
    public void move(String id, String to) {
        int version = read(id).extract().path("data.record.version");
        call(id, to, version).body("errors", nullValue()).body("data.moved.version", equalTo(version + 1));
    }

    private ValidatableResponse read(String id) {
        return GraphQL.post(token, read, Map.of("id", id)).statusCode(200).body("errors", nullValue());
    }

    private ValidatableResponse call(String id, String to, int version) {
        Map<String, Object> body = new HashMap<>(input.apply(to));
        body.put("version", version);
        return GraphQL.post(token, move, Map.of("id", id, "input", body)).statusCode(200);
    }
}
