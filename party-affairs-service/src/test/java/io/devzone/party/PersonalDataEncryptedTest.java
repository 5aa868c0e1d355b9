package io.devzone.party;

import static io.devzone.party.Fixtures.create;
import static io.devzone.party.Fixtures.createBranch;
import static io.devzone.party.Fixtures.member;
import static io.devzone.party.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Members' personal data is stored encrypted (checked in SQL), yet searched and sorted by name as before. */
@QuarkusTest
class PersonalDataEncryptedTest {

    private static final String PATH = "/api/party-members";

    @Inject
    DataSource dataSource;

    @Test
    void aMemberRowHoldsNoReadablePersonalData() throws SQLException {
        String name = unique("周八");
        Map<String, Object> body = member(name, createBranch(unique("Branch")), "CADRE", "2011-02-01");
        body.put("identityNumber", "11010119900307451X");
        body.put("phone", "13712345678");
        String id = create(PATH, body);

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select m::text, name_cipher, identity_number_cipher from party_member m where id = ?")) {
            select.setObject(1, UUID.fromString(id));
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                String whole = row.getString(1);
                for (String personal : new String[] { name, "周八", "11010119900307451X", "110101", "13712345678" }) {
                    assertFalse(whole.contains(personal), personal + " readable in " + whole);
                }
                assertFalse(row.getString(2).equals(row.getString(3)));
            }
        }
        given().auth().oauth2(TestTokens.partyAffairs()).get(PATH + "/" + id)
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("identityNumber", equalTo("11010119900307451X"))
                .body("phone", equalTo("13712345678"));
    }

    @Test
    void theKeyedMigrationRanAsTheServiceStarted() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet row = connection.createStatement().executeQuery(
                        "select type, success from flyway_schema_history where version = '4'")) {
            assertTrue(row.next(), "V4 (a Java migration) applied by Quarkus' Flyway");
            assertEquals("JDBC", row.getString("type"));
            assertTrue(row.getBoolean("success"));
        }
    }

    @Test
    void namesAreStillSearchedByPartAnyCaseAndSorted() {
        String tag = unique("Enc");
        String branch = createBranch(unique("Branch"));
        String anna = create(PATH, member(tag + " Anna", branch, "CADRE", "2011-01-03"));
        String bo = create(PATH, member(tag + " Bo", branch, "OTHER", "2011-01-02"));
        String cai = create(PATH, member(tag + " cai", branch, "CADRE", "2011-01-01"));
        create(PATH, member(unique("Other"), branch, "CADRE", "2011-01-01"));

        given().auth().oauth2(TestTokens.leader()).queryParam("name", tag.toLowerCase()).queryParam("sort", "-name")
                .queryParam("size", 2).get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2))
                .body("items.id", contains(cai, bo));
        given().auth().oauth2(TestTokens.leader()).queryParam("name", tag.toUpperCase()).queryParam("sort", "-name")
                .queryParam("size", 2).queryParam("page", 1).get(PATH)
                .then().statusCode(200).body("items.id", contains(anna));
        // the other criteria and the default order (latest application first) hold alongside
        given().auth().oauth2(TestTokens.partyAffairs()).queryParam("name", tag).queryParam("category", "CADRE")
                .get(PATH)
                .then().statusCode(200).body("items.id", contains(anna, cai));
        given().auth().oauth2(TestTokens.partyAffairs()).queryParam("organisationId", branch)
                .queryParam("sort", "category,name").get(PATH)
                .then().statusCode(200).body("items.id[0..1]", contains(anna, cai)).body("items.id[3]", equalTo(bo));
    }
}
