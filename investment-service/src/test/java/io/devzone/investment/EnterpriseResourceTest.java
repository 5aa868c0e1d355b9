package io.devzone.investment;

import static io.devzone.investment.Fixtures.asInvestment;
import static io.devzone.investment.Fixtures.createEnterprise;
import static io.devzone.investment.Fixtures.enterprise;
import static io.devzone.investment.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.BadInput;
import io.devzone.commons.testing.Records;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class EnterpriseResourceTest {

    @Test
    void createReadUpdateDeleteRoundTrip() {
        String name = unique("展泰有色");
        String location = asInvestment().body(enterprise(name)).post("/api/enterprises")
                .then().statusCode(201)
                .body("name", equalTo(name))
                .body("park", equalTo("JIANGBEI"))
                .body("version", equalTo(0))
                .body("audit.createdBy", equalTo("zhang.wei"))
                .body("audit.createdAt", notNullValue())
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(TestTokens.leader()).get("/api/enterprises/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("aboveDesignatedSize", is(true));

        Map<String, Object> change = enterprise(name + " 集团");
        change.put("park", "ZIWU");
        change.put("version", 0);
        asInvestment().body(change).put("/api/enterprises/" + id)
                .then().statusCode(200)
                .body("name", equalTo(name + " 集团"))
                .body("park", equalTo("ZIWU"))
                .body("version", equalTo(1));

        Records.deleted(TestTokens.investment(), "/api/enterprises/" + id);
    }

    @Test
    void refusesInvalidInputListingEveryField() {
        Map<String, Object> body = enterprise(" ");
        body.remove("park");
        asInvestment().body(body).post("/api/enterprises")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", contains("name", "park"));
    }

    @Test
    void refusesUnreadableJsonWithoutInternals() {
        BadInput.refused(asInvestment().body("{\"name\": \"x\", \"park\": \"ATLANTIS\"}").post("/api/enterprises")
                .then(), "VALIDATION_FAILED", "park")
                .body("errors.field", org.hamcrest.Matchers.contains("park"));
        asInvestment().body("{not json").post("/api/enterprises")
                .then().statusCode(400).body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void refusesADuplicateName() {
        String name = unique("东江水电");
        createEnterprise(name);
        asInvestment().body(enterprise(name.toUpperCase())).post("/api/enterprises")
                .then().statusCode(409).body("code", equalTo("CONFLICT")).body("detail", containsString("already exists"));
    }

    @Test
    void refusesAStaleOrMissingVersion() {
        String name = unique("华信有色");
        String id = createEnterprise(name);
        Map<String, Object> change = enterprise(name);
        change.put("version", 0);
        change.put("aboveDesignatedSize", false);
        Records.staleOrMissingVersionRefused(TestTokens.investment(), "/api/enterprises/" + id, change);
    }

    @Test
    void refusesToDeleteAnEnterpriseThatInvests() {
        String enterpriseId = createEnterprise(unique("鸿通"));
        Fixtures.createProject(Fixtures.project(unique("鸿通仓储物流"), enterpriseId, "120000000.00"));
        asInvestment().delete("/api/enterprises/" + enterpriseId)
                .then().statusCode(409).body("code", equalTo("CONFLICT"));
    }

    @Test
    void listsFilteredSortedAndPaged() {
        String tag = unique("Paging");
        for (String suffix : new String[] { "C", "A", "B" }) {
            createEnterprise(tag + " " + suffix);
        }
        given().auth().oauth2(TestTokens.partyAffairs())
                .queryParam("name", tag.toLowerCase()).queryParam("size", 2).queryParam("sort", "-name")
                .get("/api/enterprises")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2))
                .body("page", equalTo(0))
                .body("items.name", contains(tag + " C", tag + " B"));
        given().auth().oauth2(TestTokens.land())
                .queryParam("name", tag).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "-name")
                .get("/api/enterprises")
                .then().statusCode(200).body("items.name", contains(tag + " A"));
        given().auth().oauth2(TestTokens.land())
                .queryParam("park", "JIANGBEI").queryParam("aboveDesignatedSize", true).queryParam("size", 200)
                .get("/api/enterprises")
                .then().statusCode(200).body("items.name", hasItem(tag + " A"));
    }

    @Test
    void refusesBadPagingAndSorting() {
        given().auth().oauth2(TestTokens.leader()).queryParam("sort", "password").get("/api/enterprises")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("sort"))
                .body("detail", containsString("sortable fields"));
        given().auth().oauth2(TestTokens.leader()).queryParam("size", 500).get("/api/enterprises")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(TestTokens.leader()).queryParam("page", -1).get("/api/enterprises")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
    }
}
