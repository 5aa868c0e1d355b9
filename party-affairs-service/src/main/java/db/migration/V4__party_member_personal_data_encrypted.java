package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import io.devzone.commons.personaldata.PersonalDataCipher;

/**
 * Encrypts the personal data earlier versions stored in plaintext: each member's name, identity number and phone
 * into the columns V3 added (V5 drops the plaintext). A Java migration, since it needs the service's keys; Quarkus'
 * Flyway finds it in this package ({@code db/migration}, as the SQL files) and runs it in order with them.
 */
public class V4__party_member_personal_data_encrypted extends BaseJavaMigration {

    private final PersonalDataCipher cipher;

    /** As Flyway makes it: the keys from the service's configuration, read when it runs. */
    public V4__party_member_personal_data_encrypted() {
        this(null);
    }

    /** With the cipher given, for a migration run outside the service. */
    public V4__party_member_personal_data_encrypted(PersonalDataCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        PersonalDataCipher keys = cipher != null ? cipher : PersonalDataCipher.fromConfig(ConfigProvider.getConfig());
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
                ResultSet members = select.executeQuery("select id, name, identity_number, phone from party_member");
                PreparedStatement update = connection.prepareStatement("update party_member set name_cipher = ?,"
                        + " identity_number_cipher = ?, phone_cipher = ? where id = ?")) {
            while (members.next()) {
                update.setString(1, keys.encrypt(members.getString("name")));
                update.setString(2, keys.encrypt(members.getString("identity_number")));
                update.setString(3, keys.encrypt(members.getString("phone")));
                update.setObject(4, members.getObject("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
