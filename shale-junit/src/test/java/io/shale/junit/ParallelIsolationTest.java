package io.shale.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * JUnit's parallel mode: eight tests run side by side (JUnit's default parallelism is the number of cores; a latch holds the first until a second has started), each
 * inserting its own row; each must see exactly its own row.
 */
@ShaleTest(project = Shop.PROJECT, isolation = Isolation.PER_METHOD)
@Execution(ExecutionMode.CONCURRENT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParallelIsolationTest {
    private final CountDownLatch started = new CountDownLatch(2);
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @RepeatedTest(8)
    void concurrentTests_eachSeeOnlyTheirOwnRows(Connection connection, RepetitionInfo repetition)
            throws SQLException, InterruptedException {
        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
        try {
            started.countDown();
            assertThat(started.await(30, TimeUnit.SECONDS)).as("another test started meanwhile").isTrue();
            int id = repetition.getCurrentRepetition();
            Shop.insertCustomer(connection, id, "test " + id);
            Thread.sleep(100); // the others insert meanwhile
            assertThat(Shop.customerIds(connection)).containsExactly(id);
        } finally {
            running.decrementAndGet();
        }
    }

    @AfterAll
    void testsOverlapped() {
        assertThat(mostAtOnce.get()).as("tests running at the same time").isGreaterThanOrEqualTo(2);
    }
}
