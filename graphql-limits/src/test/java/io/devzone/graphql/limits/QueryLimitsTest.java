package io.devzone.graphql.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import graphql.GraphQLError;
import graphql.parser.InvalidSyntaxException;

class QueryLimitsTest {

    private final QueryLimits limits = new QueryLimits(12, 30, 2000, 32768, 15000);

    /** 24 levels of fragments, each spreading the next twice: 2^24 fields once expanded, in under 1 KB. */
    static String fragmentBomb(int levels) {
        StringBuilder query = new StringBuilder("{enterprise(id:\"1\"){...F1}}");
        for (int level = 1; level < levels; level++) {
            query.append(" fragment F").append(level).append(" on Enterprise{...F").append(level + 1)
                    .append(" ...F").append(level + 1).append("}");
        }
        return query.append(" fragment F").append(levels).append(" on Enterprise{id name}").toString();
    }

    @Test
    void fragmentsSpreadingEachOtherAreMeasuredOnceAndRefused() {
        String query = fragmentBomb(24);
        assertTrue(query.length() < 1024, query.length() + " characters");

        assertRefused("QUERY_TOO_COMPLEX", check(query));
        assertTrue(check(query).orElseThrow().getMessage().contains("selects 16777217 fields"),
                check(query).orElseThrow().getMessage());
    }

    @Test
    void fieldCountsSaturateInsteadOfOverflowing() {
        Optional<GraphQLError> refused = check(fragmentBomb(200));

        assertRefused("QUERY_TOO_COMPLEX", refused);
        assertTrue(refused.orElseThrow().getMessage().contains("more than " + Long.MAX_VALUE), refused.get().getMessage());
    }

    @Test
    void aFragmentCountsAtEverySpread() {
        String spreads = "{ a: enterprise(id: \"1\") { ...E } b: enterprise(id: \"2\") { ...E } } "
                + "fragment E on Enterprise { id n1: name n2: name }";
        assertEquals(Optional.empty(), check(spreads));
        // 16 aliased fields, and one more alias at each of their 16 spreads: 32
        StringBuilder many = new StringBuilder("{ ");
        for (int i = 0; i < 16; i++) {
            many.append("e").append(i).append(": enterprise(id: \"1\") { ...E } ");
        }
        assertRefused("TOO_MANY_ALIASES", check(many.append("} fragment E on Enterprise { id n: name }").toString()));
    }

    @Test
    void depthCountsThroughFragmentsAndInlineFragments() {
        String twelve = "{ a { b { c { d { e { f { ...G } } } } } } } fragment G on T { g { h { ... on T { i { j { k { l } } } } } } }";
        assertEquals(Optional.empty(), check(twelve));
        assertRefused("QUERY_TOO_DEEP", check(twelve.replace("{ l }", "{ l { m } }")));
    }

    @Test
    void fragmentCyclesEnd() {
        assertEquals(Optional.empty(), check("{ a { ...A } } fragment A on T { x ...B } fragment B on T { y ...A }"));
        assertEquals(Optional.empty(), check("{ a { ...A } } fragment A on T { x ...A }"));
    }

    @Test
    void introspectionIsNotCounted() {
        assertEquals(Optional.empty(), check("{ __schema { types { fields { type { ofType { ofType { ofType { ofType "
                + "{ ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } } }"));
    }

    @Test
    void eachOperationOfADocumentIsChecked() {
        assertRefused("QUERY_TOO_DEEP", check("query Q { a } mutation M { a { b { c { d { e { f { g { h { i { j { k "
                + "{ l { m } } } } } } } } } } } } }"));
    }

    @Test
    void tooLongATextIsRefusedBeforeParsing() {
        assertRefused("REQUEST_TOO_LARGE", limits.checkLength("{ a }" + " ".repeat(32768)));
        assertEquals(Optional.empty(), limits.checkLength("{ a }"));
    }

    @Test
    void theParserGivesUpPastItsTokens() {
        QueryLimits fewTokens = new QueryLimits(12, 30, 2000, 32768, 100);
        assertThrows(InvalidSyntaxException.class, () -> fewTokens.parse("{ " + "a ".repeat(200) + "}"));
        assertThrows(InvalidSyntaxException.class, () -> limits.parse("{ a" + " ".repeat(40_000) + "}"));
    }

    private Optional<GraphQLError> check(String query) {
        return limits.check(limits.parse(query));
    }

    private static void assertRefused(String code, Optional<GraphQLError> error) {
        assertTrue(error.isPresent(), "refused with " + code);
        assertEquals(code, error.get().getExtensions().get("code"), error.get().getMessage());
    }
}
