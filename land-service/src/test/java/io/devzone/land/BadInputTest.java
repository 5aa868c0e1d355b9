package io.devzone.land;

import static io.devzone.commons.testing.BadInput.BAD_DATES;
import static io.devzone.commons.testing.BadInput.LONE_SURROGATE;
import static io.devzone.commons.testing.BadInput.NUL;
import static io.devzone.commons.testing.BadInput.with;
import static io.devzone.land.Fixtures.createHousehold;
import static io.devzone.land.Fixtures.createParcel;
import static io.devzone.land.Fixtures.household;
import static io.devzone.land.Fixtures.idNumber;
import static io.devzone.land.Fixtures.parcel;
import static io.devzone.land.Fixtures.statusChange;
import static io.devzone.land.Fixtures.unique;
import static io.devzone.land.Fixtures.uniqueCode;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.BadInput;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every malformed or hostile input is a clear 4xx with a house code, on REST and GraphQL, and writes nothing; a
 * field another department may not read costs it no record (CONVENTIONS.md, "Errors", "Roles and access").
 */
@QuarkusTest
class BadInputTest {

    private static final String PARCELS = "/api/land-parcels";
    private static final String HOUSEHOLDS = "/api/relocation-households";
    /** Every list, and whether its records keep a change history. */
    private static final Map<String, Boolean> LISTS = Map.of("/api/acquisitions", true,
            "/api/expansion-applications", true, "/api/land-disputes", true, PARCELS, true, "/api/land-use-cases",
            true, HOUSEHOLDS, true, "/api/resettlement-areas", false, "/api/resettlement-plots", false);
    private static final String CREATE_PARCEL = "mutation($input: LandParcelInput!) { createLandParcel(input: "
            + "$input) { id } }";

    private static String token() {
        return TestTokens.land();
    }

    @Test
    void everyListRefusesBadPagingAndEveryRecordABadId() {
        BadInput.listsRefuseBadPagingAndIds(token(), LISTS);
        BadInput.recordRefusesBadIds(token(), PARCELS, true, "status-changes");
        BadInput.recordRefusesBadIds(token(), HOUSEHOLDS, true, "status-changes", "plot-assignment");
    }

    @Test
    void listsRefuseBadFilterValues() {
        BadInput.listRefusesBadDates(token(), "/api/acquisitions", "from");
        BadInput.listRefusesBadDates(token(), "/api/land-use-cases", "approvedTo");
        BadInput.listRefusesBadDates(token(), "/api/work-summary", "to");
        BadInput.listRefusesBadValues(token(), PARCELS, Map.of("status", "NOPE", "park", "ATLANTIS",
                "investmentProjectId", "xyz", "minAreaMu", "big", "maxAreaMu", "1e999999999"));
        BadInput.listRefusesBadValues(token(), "/api/resettlement-plots", Map.of("assigned", "perhaps"));
        BadInput.listRefusesBadText(token(), PARCELS, "name");
        BadInput.listRefusesBadText(token(), HOUSEHOLDS, "phone");
    }

    @Test
    void bodiesWithBadFieldsAreRefusedAndWriteNothing() {
        BadInput.postRefused(token(), PARCELS, with(parcel(uniqueCode("JB"), "x", "1"), "name", NUL), "name");
        BadInput.postRefused(token(), PARCELS, with(parcel(uniqueCode("JB"), "x", "1"), "name", LONE_SURROGATE),
                "name");
        BadInput.postRefused(token(), PARCELS, with(parcel(uniqueCode("JB"), "x", "1"), "plannedUse", "CASINO"),
                "plannedUse");
        BadInput.postRefused(token(), PARCELS, with(parcel(uniqueCode("JB"), "x", "1"), "areaMu", "wide"), "areaMu");
        BadInput.postRefused(token(), PARCELS, with(parcel(uniqueCode("JB"), "x", "1"), "areaMu",
                new BigDecimal("1.001")), "areaMu");
        BadInput.postRefused(token(), PARCELS, with(parcel(uniqueCode("JB"), "x", "1"), "areaMu",
                new BigDecimal("1e20")), "areaMu");
        BadInput.postRefused(token(), PARCELS, with(parcel(uniqueCode("JB"), "x", "1"), "investmentProjectId", "xyz"),
                "investmentProjectId");
        BadInput.bodyRefused(token(), "POST", PARCELS, PARCELS, "{\"code\": \"JB-1\" \"name\": \"x\"}",
                "BAD_REQUEST", null);
        String parcelId = createParcel(parcel(uniqueCode("JB"), unique("坏输入地块"), "3"));
        for (String date : BAD_DATES) {
            BadInput.bodyRefused(token(), "POST", PARCELS + "/" + parcelId + "/status-changes", PARCELS,
                    statusChange("ACQUIRING", date, 0), "VALIDATION_FAILED", "on");
        }
        Map<String, Object> household = household(parcelId, idNumber());
        household.put("members", List.of(Map.of("name", NUL, "relation", "配偶", "idNumber", idNumber())));
        BadInput.postRefused(token(), HOUSEHOLDS, household, "members[0].name");
    }

    @Test
    void graphQLRefusesBadArgumentsAndWritesNothing() {
        for (String list : List.of("acquisitions", "landDisputes", "landParcels", "landUseCases",
                "expansionApplications", "relocationHouseholds", "resettlementAreas", "resettlementPlots")) {
            BadInput.graphQLListRefusesBadPaging(token(), list);
        }
        for (String record : List.of("landParcel", "acquisition", "relocationHousehold", "resettlementPlot")) {
            BadInput.graphQLRefusesBadId(token(), record);
        }
        BadInput.graphQLListRefusesBadDates(token(), "acquisitions", "AcquisitionFilter", "from");
        BadInput.graphQLListRefusesBadText(token(), "landParcels", "LandParcelFilter", "name");
        BadInput.graphQLWriteRefused(token(), PARCELS, CREATE_PARCEL,
                Map.of("input", with(parcel(uniqueCode("JB"), "x", "1"), "name", NUL)), "VALIDATION_FAILED")
                .body("errors[0].message", containsString("name"));
        BadInput.graphQLWriteRefused(token(), PARCELS, CREATE_PARCEL,
                Map.of("input", with(parcel(uniqueCode("JB"), "x", "1"), "areaMu", new BigDecimal("1.001"))),
                "VALIDATION_FAILED").body("errors[0].message", containsString("areaMu"));
        BadInput.graphQLWriteRefused(token(), PARCELS, CREATE_PARCEL,
                Map.of("input", with(parcel(uniqueCode("JB"), "x", "1"), "plannedUse", "CASINO")),
                "VALIDATION_FAILED");
    }

    @Test
    void aWithheldFieldCostsNoOtherDepartmentTheRecord() {
        createHousehold(createParcel(parcel(uniqueCode("JB"), unique("历史地块"), "2")));
        for (String token : List.of(TestTokens.investment(), TestTokens.partyAffairs())) {
            assertTrue(BadInput.withheldFieldCostsNoRecord(token, "landParcels", "history { field }", "code") > 0,
                    "the list answered no parcel");
            assertTrue(BadInput.withheldFieldCostsNoRecord(token, "relocationHouseholds", "history { field }", "status") > 0,
                    "the list answered no household");
            for (String personal : List.of("headName", "idNumber", "phone", "members { name }")) {
                BadInput.withheldFieldCostsNoRecord(token, "relocationHouseholds", personal, "parcelId");
            }
            BadInput.withheldFieldCostsNoRecord(token, "acquisitions", "history { field }", "parcelId");
            BadInput.withheldFieldCostsNoRecord(token, "landDisputes", "history { field }", "status");
            BadInput.withheldFieldCostsNoRecord(token, "landUseCases", "history { field }", "caseNumber");
            BadInput.withheldFieldCostsNoRecord(token, "expansionApplications", "history { field }", "title");
        }
    }
}
