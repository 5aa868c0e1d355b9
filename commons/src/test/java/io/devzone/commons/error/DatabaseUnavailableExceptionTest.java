package io.devzone.commons.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;

import jakarta.persistence.PersistenceException;

import org.junit.jupiter.api.Test;

/** What the PostgreSQL driver throws when nothing listens, told apart from a statement's own failure. */
class DatabaseUnavailableExceptionTest {

    @Test
    void aDatabaseThatDoesNotAnswerIsAnOutageHoweverWrapped() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + closedPort + "/devzone?connectTimeout=2", "devzone", "devzone"));

        DatabaseUnavailableException outage = DatabaseUnavailableException.behind(
                new PersistenceException("could not prepare statement", refused));

        assertNotNull(outage, "connection refused (SQLState " + refused.getSQLState() + ") is an outage");
        assertEquals(ErrorCode.DATABASE_UNAVAILABLE, outage.code());
        assertEquals(503, outage.code().status());
    }

    @Test
    void postgresShuttingDownIsAnOutage() {
        assertNotNull(DatabaseUnavailableException.behind(
                new SQLException("terminating connection due to administrator command", "57P01")));
    }

    @Test
    void aStatementsOwnFailureOrABugIsNotAnOutage() {
        assertNull(DatabaseUnavailableException.behind(new SQLException("syntax error at or near \"x\"", "42601")));
        assertNull(DatabaseUnavailableException.behind(new IllegalStateException("a bug of ours")));
    }
}
