package io.devzone.party;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.PostgresResource;
import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A database an earlier version left, members' personal data in plaintext: the service migrates it as it starts
 * (the keyed Java migration V4 among the SQL ones), and then no plaintext remains while the API reads members whole.
 */
@QuarkusTest
@TestProfile(PlaintextMembersMigrationTest.EarlierDatabase.class)
class PlaintextMembersMigrationTest {

    static final String MEMBER = "0196b7a4-0000-7000-8000-00000000a001";
    static final String WITHOUT_CONTACT = "0196b7a4-0000-7000-8000-00000000a002";

    @Inject
    DataSource dataSource;

    @Test
    void plaintextBecomesCiphertextAndReadsBackWhole() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet columns = statement.executeQuery("select string_agg(column_name, ',') from"
                    + " information_schema.columns where table_name = 'party_member'")) {
                columns.next();
                List<String> names = List.of(columns.getString(1).split(","));
                assertFalse(names.contains("identity_number") || names.contains("phone") || names.contains("name"),
                        "plaintext columns dropped: " + names);
            }
            try (ResultSet rows = statement.executeQuery("select m::text from party_member m")) {
                int count = 0;
                while (rows.next()) {
                    count++;
                    for (String personal : new String[] { "王小明", "110101199003074518", "13812345678" }) {
                        assertFalse(rows.getString(1).contains(personal), personal + " readable in " + rows.getString(1));
                    }
                }
                assertEquals(2, count);
            }
        }
        given().auth().oauth2(TestTokens.partyAffairs()).get("/api/party-members/" + MEMBER)
                .then().statusCode(200)
                .body("name", equalTo("王小明"))
                .body("identityNumber", equalTo("110101199003074518"))
                .body("phone", equalTo("13812345678"))
                .body("stage", equalTo("ACTIVIST"));
        given().auth().oauth2(TestTokens.partyAffairs()).get("/api/party-members/" + WITHOUT_CONTACT)
                .then().statusCode(200)
                .body("name", equalTo("李红"))
                .body("identityNumber", nullValue())
                .body("phone", nullValue());
        given().auth().oauth2(TestTokens.leader()).queryParam("name", "小明").get("/api/party-members")
                .then().statusCode(200).body("items.id", contains(MEMBER));
    }

    /** Its own PostgreSQL, migrated to V2 with members written in plaintext, as an earlier version kept them. */
    public static class EarlierDatabase implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PlaintextDatabase.class),
                    new TestResourceEntry(OidcWiremockTestResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    public static class PlaintextDatabase extends PostgresResource {

        private static final String AUDIT = "0, now(), 'earlier', now(), 'earlier'";

        @Override
        public Map<String, String> start() {
            Map<String, String> config = new HashMap<>(super.start());
            String url = config.get("quarkus.datasource.jdbc.url");
            String user = config.get("quarkus.datasource.username");
            String password = config.get("quarkus.datasource.password");
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").target("2")
                    .load().migrate();
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("insert into party_organisation (id, name, kind, version, created_at, created_by,"
                        + " updated_at, updated_by) values ('0196b7a4-0000-7000-8000-00000000a000', '区党委',"
                        + " 'ZONE_PARTY_COMMITTEE', " + AUDIT + ")");
                statement.execute("insert into party_member (id, name, identity_number, phone, category,"
                        + " organisation_id, stage, applied_on, activist_on, version, created_at, created_by,"
                        + " updated_at, updated_by) values ('" + MEMBER + "', '王小明', '110101199003074518',"
                        + " '13812345678', 'CADRE', '0196b7a4-0000-7000-8000-00000000a000', 'ACTIVIST', '2010-03-01',"
                        + " '2010-09-01', " + AUDIT + ")");
                statement.execute("insert into party_member (id, name, category, organisation_id, stage, applied_on,"
                        + " version, created_at, created_by, updated_at, updated_by) values ('" + WITHOUT_CONTACT
                        + "', '李红', 'OTHER', '0196b7a4-0000-7000-8000-00000000a000', 'APPLICANT', '2011-01-05', "
                        + AUDIT + ")");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot write the earlier version's members", e);
            }
            return config;
        }
    }
}
