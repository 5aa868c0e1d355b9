package io.devzone.commons.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The where-clause of a list filter: one condition per criterion given, each with its own named parameter. */
class CriteriaTest {

    @Test
    void noCriteriaMatchEveryRecord() {
        Criteria criteria = new Criteria();

        assertEquals("1 = 1", criteria.query());
        assertEquals(Map.of(), criteria.parameters().map());
    }

    @Test
    void equalNamesItsParameterAfterThePath() {
        UUID id = UUID.randomUUID();
        Criteria criteria = new Criteria().equal("enterpriseId", id);

        assertEquals("enterpriseId = :enterpriseId", criteria.query());
        assertEquals(Map.of("enterpriseId", id), criteria.parameters().map());
    }

    @Test
    void aNestedPathGetsAParameterNameWithoutDots() {
        Criteria criteria = new Criteria().equal("parcel.id", "p-1").atLeast("parcel.areaMu", BigDecimal.ONE);

        assertEquals("parcel.id = :parcel_id and parcel.areaMu >= :parcel_areaMuMin", criteria.query());
        assertEquals(Map.of("parcel_id", "p-1", "parcel_areaMuMin", BigDecimal.ONE), criteria.parameters().map());
    }

    @Test
    void aRangeHasAParameterForEachEnd() {
        LocalDate from = LocalDate.of(2011, 1, 1);
        LocalDate to = LocalDate.of(2011, 6, 30);
        Criteria criteria = new Criteria().atLeast("signedOn", from).atMost("signedOn", to);

        assertEquals("signedOn >= :signedOnMin and signedOn <= :signedOnMax", criteria.query());
        assertEquals(Map.of("signedOnMin", from, "signedOnMax", to), criteria.parameters().map());
    }

    @Test
    void containsIsCaseInsensitiveOnTheStrippedText() {
        Criteria criteria = new Criteria().contains("name", "  Hongtong 洪通 ");

        assertEquals("lower(name) like :name escape '\\'", criteria.query());
        assertEquals(Map.of("name", "%hongtong 洪通%"), criteria.parameters().map());
    }

    @Test
    void containsTakesWildcardsAndTheEscapeCharacterLiterally() {
        assertEquals("%100\\% done%", new Criteria().contains("name", "100% done").parameters().map().get("name"));
        assertEquals("%a\\_b%", new Criteria().contains("name", "a_b").parameters().map().get("name"));
        // the backslash is escaped first, so the escapes added after it stay escapes
        assertEquals("%c:\\\\tmp\\\\\\%%",
                new Criteria().contains("name", "C:\\tmp\\%").parameters().map().get("name"));
    }

    @Test
    void absentValuesAddNoCondition() {
        Criteria criteria = new Criteria()
                .equal("stage", null)
                .contains("name", null)
                .contains("name", "")
                .contains("name", " \t ")
                .atLeast("signedOn", null)
                .atMost("signedOn", null);

        assertEquals("1 = 1", criteria.query());
        assertEquals(Map.of(), criteria.parameters().map());
    }

    @Test
    void givenCriteriaAreJoinedWithAndInTheOrderAdded() {
        Criteria criteria = new Criteria()
                .equal("stage", "SIGNED")
                .contains("name", null)
                .contains("industry", "Steel")
                .atMost("agreedInvestmentCny", new BigDecimal("5000000.00"));

        assertEquals("stage = :stage and lower(industry) like :industry escape '\\'"
                + " and agreedInvestmentCny <= :agreedInvestmentCnyMax", criteria.query());
        assertEquals(Map.of("stage", "SIGNED", "industry", "%steel%",
                "agreedInvestmentCnyMax", new BigDecimal("5000000.00")), criteria.parameters().map());
    }
}
