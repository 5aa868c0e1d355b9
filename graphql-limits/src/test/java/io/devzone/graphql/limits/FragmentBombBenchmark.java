package io.devzone.graphql.limits;

import graphql.language.Document;

/**
 * Prints how long parsing and checking take on the fragment bomb (24 levels, each fragment spreading the next
 * twice), which took seconds when fragments were walked at every spread, and on the benchmark's ordinary query (what
 * each service's gate adds to a request). Figures, not a test:
 * {@code java -cp <test classpath> io.devzone.graphql.limits.FragmentBombBenchmark}.
 */
public final class FragmentBombBenchmark {

    private FragmentBombBenchmark() {
    }

    public static void main(String[] args) {
        QueryLimits limits = new QueryLimits(12, 30, 2000, 32768, 15000);
        measure(limits, QueryLimitsTest.fragmentBomb(24));
        measure(limits, "{ investmentProjects(size: 20, sort: \"name\") { items { id name stage agreedInvestmentCny"
                + " } } }");
    }

    private static void measure(QueryLimits limits, String query) {
        for (int round = 1; round <= 2000; round++) {
            long start = System.nanoTime();
            Document document = limits.parse(query);
            long parsed = System.nanoTime();
            String code = limits.check(document).map(e -> e.getExtensions().get("code").toString()).orElse("accepted");
            long checked = System.nanoTime();
            if (round == 1 || round % 500 == 0) {
                System.out.printf("round %d: %d bytes, parse %.3f ms, check %.3f ms: %s%n", round, query.length(),
                        (parsed - start) / 1e6, (checked - parsed) / 1e6, code);
            }
        }
    }
}
