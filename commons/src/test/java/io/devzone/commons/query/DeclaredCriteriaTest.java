package io.devzone.commons.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;

/**
 * A filter's criteria read from its public fields: a text as part of the path, any other value equal, unless its
 * {@link Criterion} says otherwise; ranges refused when reversed.
 */
class DeclaredCriteriaTest {

    /** A filter with every kind of criterion, and fields of its own. */
    @Criterion.Range(path = "heldOn", from = "heldFrom", to = "heldTo")
    @Criterion.Range(path = "budgetCny", from = "minBudgetCny", to = "maxBudgetCny")
    @Criterion.Range(path = "attendance", from = "minAttendance")
    public static class MeetingFilter implements RecordFilter {

        public static final String NOT_A_CRITERION = "a constant";

        public Integer kind;

        public String title;

        @Criterion(Match.CODE)
        public String code;

        public LocalDate heldFrom;

        public LocalDate heldTo;

        public BigDecimal minBudgetCny;

        public BigDecimal maxBudgetCny;

        public Integer minAttendance;

        @Criterion(value = Match.MEMBER_OF, path = "investmentProjectIds")
        public UUID investmentProjectId;

        @Criterion(value = Match.SET, path = "approvedOn")
        public Boolean approved;

        @Criterion(value = Match.UNSET, path = "resolvedOn")
        public Boolean open;

        @Criterion(Match.OWN)
        public String ownMatch;

        String notBound;
    }

    @Test
    void aFilterWithoutValuesSelectsAll() {
        Criteria criteria = new MeetingFilter().criteria();

        assertEquals("1 = 1", criteria.query());
        assertEquals(Map.of(), criteria.parameters().map());
    }

    @Test
    void eachGivenPublicFieldIsItsCriterionInTheOrderDeclared() {
        MeetingFilter filter = new MeetingFilter();
        filter.kind = 3;
        filter.title = " Steel ";
        filter.code = " jb-2011-001 ";
        filter.heldFrom = LocalDate.of(2011, 1, 1);
        filter.heldTo = LocalDate.of(2011, 6, 30);
        filter.minBudgetCny = BigDecimal.ONE;
        filter.maxBudgetCny = BigDecimal.TEN;
        filter.minAttendance = 12;
        filter.investmentProjectId = UUID.randomUUID();
        filter.approved = true;
        filter.open = true;
        filter.ownMatch = "not SQL";
        filter.notBound = "not a criterion";

        Criteria criteria = filter.criteria();

        assertEquals("kind = :kind and lower(title) like :title escape '\\' and code = :code"
                + " and heldOn >= :heldOnMin and heldOn <= :heldOnMax"
                + " and budgetCny >= :budgetCnyMin and budgetCny <= :budgetCnyMax and attendance >= :attendanceMin"
                + " and :investmentProjectIdsMember member of investmentProjectIds"
                + " and approvedOn is not null and resolvedOn is null", criteria.query());
        assertEquals(Map.of("kind", 3, "title", "%steel%", "code", "JB-2011-001",
                "heldOnMin", filter.heldFrom, "heldOnMax", filter.heldTo,
                "budgetCnyMin", BigDecimal.ONE, "budgetCnyMax", BigDecimal.TEN, "attendanceMin", 12,
                "investmentProjectIdsMember", filter.investmentProjectId), criteria.parameters().map());
    }

    @Test
    void falseSelectsTheOtherSideOfANullTest() {
        MeetingFilter filter = new MeetingFilter();
        filter.approved = false;
        filter.open = false;

        assertEquals("approvedOn is null and resolvedOn is not null", filter.criteria().query());
    }

    @Test
    void aBlankCodeSelectsAll() {
        MeetingFilter filter = new MeetingFilter();
        filter.code = "  ";

        assertEquals("1 = 1", filter.criteria().query());
    }

    @Test
    void aReversedDateRangeIsRefusedAsPeriodsSays() {
        MeetingFilter filter = new MeetingFilter();
        filter.heldFrom = LocalDate.of(2011, 7, 1);
        filter.heldTo = LocalDate.of(2011, 6, 30);

        InvalidInputException e = assertThrows(InvalidInputException.class, filter::criteria);

        assertEquals(List.of(new FieldError("heldFrom", "must not be after heldTo (2011-06-30)")), e.errors());
    }

    @Test
    void aReversedAmountRangeIsRefusedNamingBothEnds() {
        MeetingFilter filter = new MeetingFilter();
        filter.minBudgetCny = new BigDecimal("10.00");
        filter.maxBudgetCny = new BigDecimal("9.99");

        InvalidInputException e = assertThrows(InvalidInputException.class, filter::criteria);

        assertEquals(List.of(new FieldError("minBudgetCny", "must not be above maxBudgetCny")), e.errors());
    }

    @Test
    void aRangeWithOneEndOrEqualEndsIsAccepted() {
        MeetingFilter filter = new MeetingFilter();
        filter.heldFrom = LocalDate.of(2011, 7, 1);
        filter.minBudgetCny = new BigDecimal("10.00");
        filter.maxBudgetCny = new BigDecimal("10.0");

        assertEquals("heldOn >= :heldOnMin and budgetCny >= :budgetCnyMin and budgetCny <= :budgetCnyMax",
                filter.criteria().query());
    }

    /** A criterion REST and GraphQL could not bind is a mistake in the filter, told when it is first read. */
    public static class HiddenFieldFilter implements RecordFilter {

        @Criterion(Match.EQUAL)
        String kind;
    }

    @Test
    void aCriterionMustBeAPublicField() {
        IllegalStateException e = assertThrows(IllegalStateException.class, new HiddenFieldFilter()::criteria);

        assertEquals("@Criterion HiddenFieldFilter.kind must be a public instance field (REST and GraphQL bind it)",
                e.getMessage());
    }

    /** A range naming a field the filter does not have would select nothing by it: a mistake, told when read. */
    @Criterion.Range(path = "heldOn", from = "heldFrom", to = "heldUntil")
    public static class MisnamedRangeFilter implements RecordFilter {

        public LocalDate heldFrom;

        public LocalDate heldTo;
    }

    @Test
    void aRangeMustNameFieldsOfTheFilter() {
        IllegalStateException e = assertThrows(IllegalStateException.class, new MisnamedRangeFilter()::criteria);

        assertEquals("@Criterion.Range of MisnamedRangeFilter names heldUntil, which is no public instance field",
                e.getMessage());
    }
}
