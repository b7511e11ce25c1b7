package org.telerehab.progress.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;
import org.telerehab.events.CheckInLogged;
import org.telerehab.events.EventCodec;
import org.telerehab.events.SessionLogged;
import org.telerehab.events.TelerehabEvent;
import org.telerehab.events.Topics;
import org.telerehab.testsupport.EventProbe;
import org.telerehab.testsupport.RealInfrastructure;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telerehab.progress.rest.ProgressFixtures.checkIn;
import static org.telerehab.progress.rest.ProgressFixtures.daysAgo;
import static org.telerehab.progress.rest.ProgressFixtures.logCheckIn;
import static org.telerehab.progress.rest.ProgressFixtures.logSession;
import static org.telerehab.progress.rest.ProgressFixtures.session;
import static org.telerehab.progress.rest.ProgressFixtures.today;

/**
 * A session or check-in logged is announced once on progress.activity.v1 (engagement-service's nudge counts from it),
 * with ids only: no pain, effort or note leaves progress-service with it.
 */
@QuarkusTest
@WithTestResource(RealInfrastructure.class)
@WithTestResource(OidcWiremockTestResource.class)
class ActivityEventsTest {

    @Test
    void aSessionAndACheckInAreEachAnnouncedOnceWithIdsOnly() {
        var p = ProgressFixtures.patientOnPlan(5, 3, today());
        String sessionId = logSession(p.patient(), session(p.planId(), daysAgo(0), 4, 6)).statusCode(201)
                .extract().path("id");
        String checkInId = logCheckIn(p.patient(), checkIn(today(), 3, List.of())).statusCode(201)
                .extract().path("id");

        List<TelerehabEvent> events = EventProbe.eventsFor(Topics.PROGRESS_ACTIVITY, p.patient());

        assertThat(events).hasSize(2);
        assertThat(events).filteredOn(SessionLogged.class::isInstance).singleElement()
                .extracting(e -> ((SessionLogged) e).sessionId()).isEqualTo(UUID.fromString(sessionId));
        assertThat(events).filteredOn(CheckInLogged.class::isInstance).singleElement()
                .extracting(e -> ((CheckInLogged) e).checkInId()).isEqualTo(UUID.fromString(checkInId));
        events.forEach(e -> assertThat(EventCodec.encode(e)).doesNotContain("pain").doesNotContain("notes"));
    }
}
