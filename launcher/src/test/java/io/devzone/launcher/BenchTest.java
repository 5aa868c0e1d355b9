package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class BenchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anEntityBatchIsSentAsTheGatewaySendsIt() throws Exception {
        Bench.SubgraphQueries land = Bench.SUBGRAPHS.stream().filter(s -> s.module().equals("land-service"))
                .findFirst().orElseThrow();
        List<String> ids = IntStream.range(0, 25).mapToObj(i -> "id-" + i).toList();

        JsonNode body = JSON.readTree(land.entities(ids));

        assertEquals("query($r0:[_Any!]!){n0:_entities(representations:$r0){... on InvestmentProject"
                + "{landParcels { code areaMu }}}}", body.get("query").asText());
        JsonNode representations = body.get("variables").get("r0");
        assertEquals(20, representations.size(), "as many representations as a list has records");
        assertEquals("InvestmentProject", representations.get(0).get("__typename").asText());
        assertEquals("id-19", representations.get(19).get("id").asText());
    }

    @Test
    void everyDepartmentSubgraphIsMeasuredOnAListOfTheSameSize() {
        List<String> departments = ServiceSpec.ALL.stream().filter(s -> s.kind() == ServiceSpec.Kind.DEPARTMENT)
                .map(ServiceSpec::module).toList();

        assertEquals(departments, Bench.SUBGRAPHS.stream().map(Bench.SubgraphQueries::module).toList());
        Bench.SUBGRAPHS.forEach(s -> assertTrue(s.list().contains("(size: 20"), s.list()));
    }

    @Test
    void roundsAreComparedByTheirMedian() {
        assertEquals(2.0, Bench.median(List.of(9.0, 1.0, 2.0)), "the middle one, an outlier aside");
        assertEquals(2.5, Bench.median(List.of(4.0, 1.0, 3.0, 2.0)), "between the middle two of an even count");
    }
}
