package org.telerehab.kit.messaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures keep an event retrying instead of dead-lettering it (found by bench/run-fault-test.sh). */
class IdempotentConsumerTest {

    @Test
    void anUnreachableDatabaseIsNotTheEventsFault() {
        // PostgreSQL down: PSQLException "Connection to localhost:N refused", SQLState 08001, wrapped by the pool/JTA
        assertThat(IdempotentConsumer.isDatabaseUnavailable(new IllegalStateException("tx failed",
                new RuntimeException(new SQLException("Connection to localhost:5432 refused", "08001"))))).isTrue();
        // the server shutting down (admin_shutdown) or not accepting connections yet
        assertThat(IdempotentConsumer.isDatabaseUnavailable(new SQLException("terminating", "57P01"))).isTrue();
        assertThat(IdempotentConsumer.isDatabaseUnavailable(new SQLException("starting up", "57P03"))).isTrue();
        assertThat(IdempotentConsumer.isDatabaseUnavailable(new RuntimeException(
                new SQLTransientConnectionException("acquisition timeout")))).isTrue();
    }

    @Test
    @Timeout(10)
    void aCauseChainThatLoopsIsLookedThroughOnce() {
        Exception first = new Exception("first");
        Exception second = new Exception("second", first);
        first.initCause(second); // first -> second -> first -> ...
        assertThat(IdempotentConsumer.isDatabaseUnavailable(first)).isFalse();
    }

    @Test
    void aHandlerOrDataFailureStillEndsOnTheDeadLetterTopic() {
        assertThat(IdempotentConsumer.isDatabaseUnavailable(new IllegalArgumentException("bad event"))).isFalse();
        // a constraint violation is the data's fault, retrying forever would not help
        assertThat(IdempotentConsumer.isDatabaseUnavailable(new RuntimeException(
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(IdempotentConsumer.isDatabaseUnavailable(new SQLException("no state"))).isFalse();
    }
}
