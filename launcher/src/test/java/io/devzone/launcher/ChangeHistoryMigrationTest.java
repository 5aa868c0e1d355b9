package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code change_history} table, once created by each service's V2, now by commons' shared migration
 * ({@code db/commons}): a database an earlier release migrated keeps its history and migrates on, a fresh one gets
 * the table from commons alone. Runs each department's migrations with the Flyway locations the services get from
 * commons' house defaults, as a service does when it starts.
 */
class ChangeHistoryMigrationTest {

    private static final String PASSWORD = "migration-secret";
    private static final String HOUSE_DEFAULTS = "commons/src/main/resources/META-INF/microprofile-config.properties";

    /**
     * The lines each V2 ended with before the table moved to commons (investment's with a comment above): history,
     * fixed as released, so not read from R__change_history.sql, which may change.
     */
    private static final String RELEASED_DDL = """
            CREATE TABLE change_history (
                id          uuid PRIMARY KEY,
                record_type varchar(64)  NOT NULL,
                record_id   uuid         NOT NULL,
                field       varchar(64)  NOT NULL,
                old_value   text,
                new_value   text,
                changed_at  timestamptz  NOT NULL,
                changed_by  varchar(255) NOT NULL
            );
            CREATE INDEX change_history_by_record ON change_history (record_type, record_id, changed_at);
            """;
    private static final String INVESTMENT_COMMENT =
            "-- The readable history of stages and money fields (io.devzone.commons.history)\n";

    private static final Path ROOT = SuiteConfig.locateRepositoryRoot(Path.of("").toAbsolutePath());
    private static EmbeddedDatabase database;
    private static int port;

    @TempDir
    static Path dir;

    @BeforeAll
    static void startDatabase() throws IOException {
        port = SuiteProcessTest.freePort();
        database = EmbeddedDatabase.start(dir.resolve("postgres"), port, dir.resolve("postgres.log"), "superuser-secret");
    }

    @AfterAll
    static void stopDatabase() throws Exception {
        database.close();
    }

    static Stream<String> departments() {
        return ServiceSpec.ALL.stream().filter(s -> s.database().isPresent()).map(ServiceSpec::module);
    }

    @ParameterizedTest
    @MethodSource("departments")
    void aDatabaseFromTheEarlierReleaseKeepsItsHistoryAndMigratesOn(String module) throws Exception {
        String name = earlierDatabase(module, "earlier");
        String row = "('0196b7a4-0000-7000-8000-0000000000c1', 'Earlier', '0196b7a4-0000-7000-8000-0000000000c2',"
                + " 'stage', 'A', 'B', '2011-03-01T08:00:00Z', 'earlier')";
        execute(name, "insert into change_history (id, record_type, record_id, field, old_value, new_value, changed_at,"
                + " changed_by) values " + row);

        Flyway current = currentFlyway(module, name);
        assertTrue(current.migrate().success);
        current.validate();

        assertEquals("Earlier|stage|A|B|earlier", query(name, "select record_type || '|' || field || '|' || old_value"
                + " || '|' || new_value || '|' || changed_by from change_history"));
        assertEquals("1", query(name, "select count(*) from flyway_schema_history where script = 'R__change_history.sql'"
                + " and success"));
    }

    @ParameterizedTest
    @MethodSource("departments")
    void anEarlierV2ChangedByHandIsStillRefused(String module) throws Exception {
        String name = earlierDatabase(module, "edited");
        execute(name, "update flyway_schema_history set checksum = 42 where version = '2'");

        FlywayException refused = assertThrows(FlywayException.class, () -> currentFlyway(module, name).migrate());
        assertTrue(refused.getMessage().contains("checksum mismatch"), refused.getMessage());
    }

    @ParameterizedTest
    @MethodSource("departments")
    void aFreshDatabaseGetsTheTableFromCommonsOnce(String module) throws Exception {
        String name = databaseFor(module, "fresh");
        Flyway current = currentFlyway(module, name);
        current.migrate();
        assertEquals(0, current.migrate().migrationsExecuted, "nothing runs again, the shared migration included");

        assertEquals("change_history_by_record", query(name, "select indexname from pg_indexes"
                + " where tablename = 'change_history' and indexname <> 'change_history_pkey'"));
        assertEquals("1", query(name, "select count(*) from flyway_schema_history where script = 'R__change_history.sql'"));
        try (Stream<Path> own = Files.list(ROOT.resolve(module).resolve("src/main/resources/db/migration"))) {
            for (Path migration : own.toList()) {
                assertFalse(Files.readString(migration).toLowerCase(Locale.ROOT).contains("create table change_history"),
                        migration + " creates change_history again: it is commons' (db/commons)");
            }
        }
    }

    /** The service's locations from commons' house defaults, each found in the service's resources or in commons'. */
    private static Flyway currentFlyway(String module, String name) throws IOException {
        Properties defaults = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(HOUSE_DEFAULTS))) {
            defaults.load(reader);
        }
        String[] locations = Arrays.stream(defaults.getProperty("quarkus.flyway.locations").split(","))
                .map(location -> Stream.of(module, "commons")
                        .map(owner -> ROOT.resolve(owner).resolve("src/main/resources").resolve(location.trim()))
                        .filter(Files::isDirectory).findFirst()
                        .orElseThrow(() -> new IllegalStateException("no Flyway location " + location)))
                .map(path -> "filesystem:" + path)
                .toArray(String[]::new);
        return Flyway.configure().dataSource(url(name), name, PASSWORD).locations(locations).load();
    }

    /** A database migrated by the release before the move. */
    private static String earlierDatabase(String module, String state) throws IOException {
        String name = databaseFor(module, state);
        Flyway.configure().dataSource(url(name), name, PASSWORD).locations("filesystem:" + releasedMigrations(module))
                .load().migrate();
        return name;
    }

    /** V1 and V2 as the release before the move shipped them: today's V2 with the table's lines back at its end. */
    private static Path releasedMigrations(String module) throws IOException {
        Path released = Files.createDirectories(dir.resolve("released").resolve(module));
        try (Stream<Path> own = Files.list(ROOT.resolve(module).resolve("src/main/resources/db/migration"))) {
            for (Path migration : own.filter(f -> f.getFileName().toString().matches("V[12]__.*\\.sql")).toList()) {
                String text = Files.readString(migration);
                if (migration.getFileName().toString().startsWith("V2__")) {
                    List<String> lines = text.lines().toList();
                    assertTrue(lines.get(lines.size() - 1).contains("db/commons/R__change_history.sql"), migration.toString());
                    text = String.join("\n", lines.subList(0, lines.size() - 1)) + "\n"
                            + (module.equals("investment-service") ? INVESTMENT_COMMENT : "") + RELEASED_DDL;
                }
                Files.writeString(released.resolve(migration.getFileName()), text);
            }
        }
        return released;
    }

    private static String databaseFor(String module, String state) {
        String name = (module.replace("-service", "") + "_" + state).replace('-', '_');
        database.ensureDatabase(name, PASSWORD);
        return name;
    }

    private static String url(String name) {
        return "jdbc:postgresql://localhost:" + port + "/" + name;
    }

    private static void execute(String name, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(name), name, PASSWORD); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String query(String name, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(name), name, PASSWORD); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            assertTrue(rows.next(), sql);
            String value = rows.getString(1);
            assertFalse(rows.next(), "more than one row: " + sql);
            return value;
        }
    }
}
