package org.telerehab.progress.repository;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.telerehab.progress.domain.DailyRollup;
import org.telerehab.testsupport.RealInfrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The day rollup the store keeps by atomic upserts is the one {@link DailyRollup#plus} computes: the rule that the
 * unit tests check is the rule that runs.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class DailyRollupRepositoryTest {

    @Inject
    DailyRollupRepository store;

    @Test
    void theStoredDayIsTheSumOfItsLogsAsTheDomainAddsThem() {
        Random random = new Random(20261204);
        LocalDate day = LocalDate.of(2026, 12, 1);
        for (int patientNo = 0; patientNo < 20; patientNo++) {
            UUID patient = UUID.randomUUID();
            List<DailyRollup> logs = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                logs.add(random.nextBoolean()
                        ? DailyRollup.ofSession(day, random.nextInt(11), random.nextInt(11))
                        : DailyRollup.ofCheckIn(day, random.nextInt(11)));
            }
            // each log in its own transaction, as the service writes them
            logs.forEach(log -> QuarkusTransaction.requiringNew().run(() -> store.addToDay(patient, log)));

            DailyRollup expected = logs.stream().reduce(DailyRollup.empty(day), DailyRollup::plus);
            Map<UUID, List<DailyRollup>> stored = QuarkusTransaction.requiringNew()
                    .call(() -> store.between(List.of(patient), day, day));
            assertThat(stored.get(patient)).as("logs %s", logs).containsExactly(expected);
        }
    }

    @Test
    void aDayOfOnlyCheckInsKeepsNoIntensityAndNoSession() {
        UUID patient = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 12, 2);
        QuarkusTransaction.requiringNew().run(() -> {
            store.addToDay(patient, DailyRollup.ofCheckIn(day, 7));
            store.addToDay(patient, DailyRollup.ofCheckIn(day, 9));
        });
        assertThat(QuarkusTransaction.requiringNew().call(() -> store.between(List.of(patient), day, day))
                .get(patient)).containsExactly(new DailyRollup(day, 0, 16, 2, 0));
    }
}
