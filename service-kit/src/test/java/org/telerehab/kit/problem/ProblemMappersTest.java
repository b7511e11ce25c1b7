package org.telerehab.kit.problem;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client is told when its request meets another at the same moment, or something unforeseen. */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aUniqueKeyMetAtCommitIsAConflictToRetryNotAnInternalError() {
        RollbackException atCommit = new RollbackException("commit failed");
        atCommit.initCause(new IllegalStateException("flush",
                new ConstraintViolationException("duplicate key", new SQLException("23505"), "message_client_request")));

        Response answer = mappers.unexpected(atCommit);

        assertThat(answer.getStatus()).isEqualTo(409);
        assertThat(((Problem) answer.getEntity()).getType()).endsWith("conflict");
    }

    @Test
    void anythingElseIsAnInternalErrorWithAnIncidentAndNoStackTrace() {
        Response answer = mappers.unexpected(new IllegalStateException("boom", new SQLException("connection reset")));

        assertThat(answer.getStatus()).isEqualTo(500);
        assertThat(((Problem) answer.getEntity()).getDetail()).contains("incident").doesNotContain("boom");
    }
}
