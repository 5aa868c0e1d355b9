package io.devzone.investment;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.common.annotation.NonBlocking;

/**
 * A query that runs until the test releases it, standing in for a slow operation. It is {@code @NonBlocking}, so it
 * runs on whatever thread executes the operation: on the event loop, were operations run there.
 */
@GraphQLApi
public class HeldGraphQL {

    private static final Semaphore STARTED = new Semaphore(0);
    private static volatile CountDownLatch release = new CountDownLatch(0);

    static void hold() {
        STARTED.drainPermits();
        release = new CountDownLatch(1);
    }

    static boolean started() throws InterruptedException {
        return STARTED.tryAcquire(30, TimeUnit.SECONDS);
    }

    static void release() {
        release.countDown();
    }

    @Query
    @NonBlocking
    public String held() throws InterruptedException {
        STARTED.release();
        return release.await(60, TimeUnit.SECONDS) ? "released" : "never released";
    }
}
