package org.telerehab.kit.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.telerehab.kit.security.Roles;

import java.sql.SQLException;

/** The command that verifies this service's audit trail: seal what is committed, then check the whole chain. */
@Path("/api/audit/chain")
@Produces(MediaType.APPLICATION_JSON)
public class AuditChainResource {

    /** The result: {@code intact} false names the first record that does not hold in {@code problem}. */
    public record ChainStatus(boolean intact, long verified, Long firstSeq, Long lastSeq, String headHash,
                              String problem, long unsealed) {
    }

    private final AuditSealing sealing;

    AuditChainResource(AuditSealing sealing) {
        this.sealing = sealing;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Verify the audit trail's hash chain",
            description = "Seals every committed record, then recomputes the chain from its first remaining record.")
    public ChainStatus verify() throws SQLException {
        sealing.sealNow();
        AuditChain.Verification verification = sealing.verify();
        return new ChainStatus(verification.intact(), verification.verified(), verification.firstSeq(),
                verification.lastSeq(), verification.headHash(), verification.broken().orElse(null),
                sealing.unsealed());
    }
}
