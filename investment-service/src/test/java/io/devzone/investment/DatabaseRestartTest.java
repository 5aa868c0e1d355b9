package io.devzone.investment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.devzone.commons.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A PostgreSQL restart ends every connection the pool holds. The pool must notice before it lends one, so that the
 * first requests after the restart are answered, not failed with the dead connection's error.
 */
@QuarkusTest
class DatabaseRestartTest {

    private static final int CONCURRENT = 8;

    @Test
    void requestsAfterTheDatabaseDroppedEveryConnectionAreAnswered() throws Exception {
        String token = TestTokens.investment();
        assertThat("the pool lends connections", statuses(token), everyItem(equalTo(200)));

        assertThat("connections ended", endPooledConnections(), greaterThan(0));

        assertThat(statuses(token), everyItem(equalTo(200)));
    }

    /** The statuses of concurrent list requests, enough to borrow several of the pool's connections at once. */
    private static List<Integer> statuses(String token) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
        try {
            List<Future<Integer>> answers = IntStream.range(0, CONCURRENT)
                    .mapToObj(i -> clients.submit(() -> given().auth().oauth2(token)
                            .get("/api/investment-projects").statusCode()))
                    .toList();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            clients.shutdownNow();
        }
    }

    /** What a restart does to the service's connections: PostgreSQL ends them (57P01, admin shutdown). */
    private static int endPooledConnections() throws SQLException {
        var config = ConfigProvider.getConfig();
        try (Connection admin = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
                ResultSet ended = admin.createStatement().executeQuery("select count(*) filter"
                        + " (where pg_terminate_backend(pid)) from pg_stat_activity where datname = current_database()"
                        + " and backend_type = 'client backend' and pid <> pg_backend_pid()")) {
            ended.next();
            return ended.getInt(1);
        }
    }
}
