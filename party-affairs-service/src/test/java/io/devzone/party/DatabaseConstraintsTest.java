package io.devzone.party;

import static io.devzone.party.Fixtures.committee;
import static io.devzone.party.Fixtures.createBranch;
import static io.devzone.party.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.devzone.commons.personaldata.PersonalDataCipher;
import io.quarkus.test.junit.QuarkusTest;

/** The rules the database holds itself, whatever writes to it: checked in SQL, since the database is the point. */
@QuarkusTest
class DatabaseConstraintsTest {

    private static final String AUDIT = "0, now(), 'sql', now(), 'sql'";

    @Inject
    DataSource dataSource;

    @Inject
    PersonalDataCipher cipher;

    private int execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        }
    }

    private void refused(String constraint, String sql) {
        SQLException e = assertThrows(SQLException.class, () -> execute(sql));
        assertTrue(e.getMessage().contains(constraint), e.getMessage());
    }

    private String member(String stage, String dates) {
        return "insert into party_member (id, name_cipher, category, organisation_id, stage, applied_on, activist_on,"
                + " development_target_on, probationary_on, full_on, version, created_at, created_by, updated_at,"
                + " updated_by) values (gen_random_uuid(), '" + cipher.encrypt("张三") + "', 'CADRE', '"
                + createBranch(unique("SQL branch"))
                + "', '" + stage + "', " + dates + ", " + AUDIT + ")";
    }

    @Test
    void holdsTheMemberDevelopmentRules() throws SQLException {
        // FULL eleven months after admission as probationary
        refused("party_member_dates_check",
                member("FULL", "'2009-01-01', '2009-06-01', '2010-01-01', '2011-03-01', '2012-02-01'"));
        // dates out of order
        refused("party_member_dates_check",
                member("DEVELOPMENT_TARGET", "'2009-01-01', '2009-06-01', '2009-05-01', null, null"));
        // a stage without its date, or a date beyond the stage
        refused("party_member_steps_check", member("PROBATIONARY", "'2009-01-01', '2009-06-01', '2010-01-01', null, null"));
        refused("party_member_steps_check", member("APPLICANT", "'2009-01-01', '2009-06-01', null, null, null"));
        assertEquals(1, execute(member("FULL", "'2009-01-01', '2009-06-01', '2010-01-01', '2011-03-01', '2012-03-01'")));
    }

    @Test
    void holdsTheTreeAndHonourRules() {
        refused("party_organisation_one_root", "insert into party_organisation (id, name, kind, version, created_at,"
                + " created_by, updated_at, updated_by) values (gen_random_uuid(), 'x', 'ZONE_PARTY_COMMITTEE', "
                + AUDIT + ")");
        refused("party_organisation_root_check", "insert into party_organisation (id, name, kind, parent_id, version,"
                + " created_at, created_by, updated_at, updated_by) values (gen_random_uuid(), '" + unique("x")
                + "', 'ZONE_PARTY_COMMITTEE', '" + committee() + "', " + AUDIT + ")");
        refused("party_organisation_root_check", "insert into party_organisation (id, name, kind, version, created_at,"
                + " created_by, updated_at, updated_by) values (gen_random_uuid(), '" + unique("x") + "', 'BRANCH', "
                + AUDIT + ")");
        refused("party_honour_recipient_check", "insert into party_honour (id, kind, awarded_on, title, member_id,"
                + " organisation_id, version, created_at, created_by, updated_at, updated_by) values (gen_random_uuid(),"
                + " 'OUTSTANDING_MEMBER', '2011-06-28', 'x', null, '" + committee() + "', " + AUDIT + ")");
    }
}
