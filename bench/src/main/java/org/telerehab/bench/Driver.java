package org.telerehab.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The fault test's client: a steady stream of patients, each with unique ids, through the whole loop: screening
 * (intake), taken into care and a plan (program, once ScreeningCompleted has arrived there), sessions and check-ins
 * (progress, once PlanAssigned has arrived there), some ending with an emergency red flag (which pauses the plan).
 * It keeps its own record of every write and whether the service accepted it; the reconciliation compares that
 * record with the databases.
 *
 * <p>Retries: a write whose outcome is unknown (no answer, or a 5xx) is retried only where that is safe. Sessions
 * and check-ins carry a {@code clientRequestId} (a repeat answers 409 and writes nothing), so they are re-sent as
 * they are. Screenings and plans have no idempotency key: the driver first reads back whether the earlier attempt
 * was stored (the patient's screenings; the patient's current plan) and only re-sends when it was not. Taking into
 * care is idempotent (200 when already in the caller's care).
 *
 * <p>Every write ends accepted, refused, or without an answer (its deadline passed). The only refusals the driver
 * expects are the ones it waits out, because an event has not arrived yet (taking into care's 404 for a patient
 * program-service has not seen screen, a plan's 409 {@code screening-required}, a session's 422 "is not your active
 * plan") or because an earlier unclear attempt was stored (a repeated
 * {@code clientRequestId}'s 409); they are counted by reason in {@link #expectedRefusals}. Any other refusal is kept
 * on the write ({@link Write#refusal}) and fails the run.
 */
public final class Driver {

    static final String EX_A = "5eed0e00-0000-4000-8000-000000000003"; // dead bug: no safety warning
    static final String EX_B = "5eed0e00-0000-4000-8000-000000000004"; // bird dog
    static final long WRITE_DEADLINE_MS = 240_000;

    /** One write the driver meant to make. */
    public static class Write {
        public final String kind;
        public volatile int attempts;
        public volatile boolean accepted;
        /** an attempt got no answer or a 5xx */
        public volatile boolean ambiguous;
        /** accepted by reading back (or a 409 to a repeated clientRequestId) after an ambiguous attempt */
        public volatile boolean adoptedAfterAmbiguity;
        public volatile String lastStatus = "";
        /** the answer that refused this write for a reason the driver did not expect, or null */
        public volatile String refusal;
        public volatile long firstSentNanos;
        public volatile long acceptedNanos;

        Write(String kind) {
            this.kind = kind;
        }
    }

    public static final class SessionWrite extends Write {
        public final UUID clientRequestId = UUID.randomUUID();
        public final Instant performedAt;
        public final int painBefore;
        public final int painAfter;
        public final int intensity;

        SessionWrite(Instant performedAt, int painBefore, int painAfter, int intensity) {
            super("session");
            this.performedAt = performedAt;
            this.painBefore = painBefore;
            this.painAfter = painAfter;
            this.intensity = intensity;
        }
    }

    public static final class CheckinWrite extends Write {
        public final UUID clientRequestId = UUID.randomUUID();
        public final LocalDate date;
        public final int pain;
        public final boolean redFlag;

        CheckinWrite(LocalDate date, int pain, boolean redFlag) {
            super("checkin");
            this.date = date;
            this.pain = pain;
            this.redFlag = redFlag;
        }
    }

    public static final class Patient {
        public final UUID id = UUID.randomUUID();
        public final UUID therapist;
        public final int baseline;
        public final Write screening = new Write("screening");
        public final Write care = new Write("care");
        public final Write plan = new Write("plan");
        public volatile UUID screeningId;
        public volatile UUID planId;
        public final List<SessionWrite> sessions = new ArrayList<>();
        public final List<CheckinWrite> checkins = new ArrayList<>();
        public volatile boolean finished;
        /** the whole loop ran: every write of this patient was sent */
        public volatile boolean completed;

        Patient(UUID therapist, int baseline) {
            this.therapist = therapist;
            this.baseline = baseline;
        }
    }

    private final Http http = new Http(java.time.Duration.ofSeconds(30));
    private final Tokens tokens;
    private final String intake;
    private final String program;
    private final String progress;
    private final List<UUID> therapists = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    private final Map<UUID, String> therapistTokens = new ConcurrentHashMap<>();
    public final ConcurrentLinkedQueue<Patient> patients = new ConcurrentLinkedQueue<>();
    public final AtomicLong attempts = new AtomicLong();
    public final AtomicLong ambiguousAnswers = new AtomicLong();
    public final AtomicLong waitsForEvents = new AtomicLong();
    public final ConcurrentLinkedQueue<String> anomalies = new ConcurrentLinkedQueue<>();
    /** refusals the driver expects and waits out, by reason */
    public final Map<String, AtomicLong> expectedRefusals = new java.util.concurrent.ConcurrentSkipListMap<>();
    private volatile boolean stopNew;

    public Driver(Tokens tokens, String intake, String program, String progress) {
        this.tokens = tokens;
        this.intake = intake;
        this.program = program;
        this.progress = progress;
        for (UUID t : therapists) {
            therapistTokens.put(t, tokens.sign(t, "therapist"));
        }
    }

    public void stopNewPatients() {
        stopNew = true;
    }

    /** A worker: one patient after another until told to stop; the patient in hand is always finished. */
    public void work() {
        while (!stopNew) {
            ThreadLocalRandom rnd = ThreadLocalRandom.current();
            Patient p = new Patient(therapists.get(rnd.nextInt(therapists.size())), 4 + rnd.nextInt(3));
            patients.add(p);
            try {
                lifecycle(p, rnd);
            } catch (RuntimeException e) {
                anomalies.add("patient " + p.id + ": " + e);
            } finally {
                p.finished = true;
            }
        }
    }

    private void lifecycle(Patient p, ThreadLocalRandom rnd) {
        String patientToken = tokens.patient(p.id);
        String therapistToken = therapistTokens.get(p.therapist);
        if (!screen(p, patientToken)) {
            return;
        }
        if (!takeIntoCare(p, therapistToken)) {
            return;
        }
        if (!assignPlan(p, therapistToken)) {
            return;
        }
        int sessions = 2 + rnd.nextInt(3);
        int checkins = 1 + rnd.nextInt(2);
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int i = 0; i < sessions + checkins; i++) {
            boolean session = i < sessions;
            // readings stay below baseline + 2 unless deliberately a flare (8), so FLARE is predictable even
            // when progress has not yet seen the baseline
            int pain = rnd.nextInt(100) < 8 ? 8 : 2 + rnd.nextInt(p.baseline);
            if (session) {
                int intensity = rnd.nextInt(100) < 10 ? 8 : 4 + rnd.nextInt(4);
                SessionWrite w = new SessionWrite(now.minus(rnd.nextLong(3 * 24 * 3600), ChronoUnit.SECONDS)
                        .truncatedTo(ChronoUnit.MILLIS), pain, Math.max(0, pain - 1), intensity);
                p.sessions.add(w);
                logSession(p, w, patientToken);
            } else {
                CheckinWrite w = new CheckinWrite(today.minusDays(rnd.nextInt(4)), pain, false);
                p.checkins.add(w);
                logCheckin(p, w, patientToken);
            }
        }
        if (rnd.nextInt(100) < 10) {
            CheckinWrite w = new CheckinWrite(today, 2 + rnd.nextInt(p.baseline), true);
            p.checkins.add(w);
            logCheckin(p, w, patientToken);
        }
        p.completed = true;
    }

    /** For the load benchmark: a screened patient in care with an active plan (throws when that fails). */
    public Patient setUpWithPlan() {
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        Patient p = new Patient(therapists.get(rnd.nextInt(therapists.size())), 5);
        String therapistToken = therapistTokens.get(p.therapist);
        if (!screen(p, tokens.patient(p.id)) || !takeIntoCare(p, therapistToken) || !assignPlan(p, therapistToken)) {
            throw new IllegalStateException("could not set up patient " + p.id + ": " + anomalies);
        }
        return p;
    }

    private Http.Res attempt(Write w, java.util.function.Supplier<Http.Res> call) {
        if (w.attempts == 0) {
            w.firstSentNanos = System.nanoTime();
        }
        w.attempts++;
        attempts.incrementAndGet();
        Http.Res r = call.get();
        w.lastStatus = r.status() < 0 ? "io" : Integer.toString(r.status());
        if (r.ambiguous()) {
            w.ambiguous = true;
            ambiguousAnswers.incrementAndGet();
        }
        return r;
    }

    private void accept(Write w, boolean adopted) {
        w.accepted = true;
        w.adoptedAfterAmbiguity = adopted;
        w.acceptedNanos = System.nanoTime();
    }

    private void expected(String reason) {
        expectedRefusals.computeIfAbsent(reason, k -> new AtomicLong()).incrementAndGet();
    }

    /** A clear answer the driver did not expect: the write is refused, and the run cannot be clean. */
    private void refuse(Patient p, Write w, Http.Res r) {
        w.refusal = r.status() + " " + problemType(r.body());
        anomalies.add(w.kind + " of " + p.id + " answered " + r.status() + ": " + r.body());
    }

    private static String problemType(String body) {
        int i = body.indexOf("/problems/");
        if (i < 0) {
            return "";
        }
        int end = body.indexOf('"', i);
        return body.substring(i + "/problems/".length(), end < 0 ? body.length() : end);
    }

    private boolean expired(Write w) {
        return w.attempts > 0 && (System.nanoTime() - w.firstSentNanos) / 1_000_000 > WRITE_DEADLINE_MS;
    }

    private boolean screen(Patient p, String token) {
        String body = "{\"painRegions\":[\"LUMBAR\"],\"radiatesBelowKnee\":false,\"painNow\":" + p.baseline
                + ",\"painAverageWeek\":" + p.baseline + ",\"symptomWeeks\":14,\"redFlags\":[],"
                + "\"startBack\":{\"items\":[true,false,false,false,true,false,false,false],\"bothersomeness\":\"SLIGHTLY\"},"
                + "\"odi\":[2,2,1,2,1,2,2,1,3,null],\"wakeTime\":\"07:00\"}";
        Write w = p.screening;
        while (!expired(w)) {
            Http.Res r = attempt(w, () -> http.post(intake + "/api/screenings", token, body));
            if (r.status() == 201) {
                p.screeningId = UUID.fromString(r.json().get("id").asText());
                accept(w, false);
                return true;
            }
            if (!r.ambiguous()) {
                refuse(p, w, r);
                return false;
            }
            // unknown outcome and no idempotency key: read back before sending again
            while (!expired(w)) {
                Util.sleep(300);
                Http.Res back = http.get(intake + "/api/patients/" + p.id + "/screenings", token);
                if (back.status() == 200) {
                    JsonNode list = back.json();
                    if (list.size() > 0) {
                        p.screeningId = UUID.fromString(list.get(0).get("id").asText());
                        accept(w, true);
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    private boolean takeIntoCare(Patient p, String token) {
        Write w = p.care;
        while (!expired(w)) {
            Http.Res r = attempt(w, () -> http.post(program + "/api/patients/" + p.id + "/care", token, null));
            if (r.status() == 201 || r.status() == 200) {
                accept(w, r.status() == 200 && w.ambiguous);
                return true;
            }
            if (r.status() == 404) {
                waitsForEvents.incrementAndGet(); // ScreeningCompleted not there yet
                expected("care 404 (ScreeningCompleted not yet in program: the patient is not known there)");
                Util.sleep(200);
                continue;
            }
            if (!r.ambiguous()) {
                refuse(p, w, r);
                return false;
            }
            Util.sleep(300);
        }
        return false;
    }

    private boolean assignPlan(Patient p, String token) {
        String body = "{\"templateId\":null,\"startDate\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(7)
                + "\",\"sessionsPerWeek\":3,\"microBreakEveryMinutes\":null,"
                + "\"habitCues\":[{\"trigger\":\"I stand up from my desk\",\"action\":\"3 dead bugs\"}],"
                + "\"items\":[{\"exerciseId\":\"" + EX_A + "\",\"sets\":3,\"reps\":8,\"holdSeconds\":0,\"intensityCap\":6,"
                + "\"notWithinMinutesOfWaking\":null},{\"exerciseId\":\"" + EX_B + "\",\"sets\":3,\"reps\":6,"
                + "\"holdSeconds\":8,\"intensityCap\":6,\"notWithinMinutesOfWaking\":null}],\"acknowledgedWarnings\":[]}";
        Write w = p.plan;
        while (!expired(w)) {
            Http.Res r = attempt(w, () -> http.post(program + "/api/patients/" + p.id + "/plans", token, body));
            if (r.status() == 201) {
                p.planId = UUID.fromString(r.json().get("id").asText());
                accept(w, false);
                return true;
            }
            if (r.status() == 409 && r.body().contains("screening-required")) {
                waitsForEvents.incrementAndGet(); // ScreeningCompleted not there yet
                expected("plan 409 screening-required (ScreeningCompleted not yet in program)");
                Util.sleep(200);
                continue;
            }
            if (!r.ambiguous()) {
                refuse(p, w, r);
                return false;
            }
            while (!expired(w)) {
                Util.sleep(300);
                Http.Res back = http.get(program + "/api/patients/" + p.id + "/plans/active", token);
                if (back.status() == 200) {
                    p.planId = UUID.fromString(back.json().get("id").asText());
                    accept(w, true);
                    return true;
                }
                if (back.status() == 404) {
                    break;
                }
            }
        }
        return false;
    }

    private void logSession(Patient p, SessionWrite w, String token) {
        String body = "{\"planId\":\"" + p.planId + "\",\"performedAt\":\"" + w.performedAt + "\","
                + "\"exercises\":[{\"exerciseId\":\"" + EX_A + "\",\"setsDone\":3,\"repsDone\":8},"
                + "{\"exerciseId\":\"" + EX_B + "\",\"setsDone\":3,\"repsDone\":6}],"
                + "\"painBefore\":" + w.painBefore + ",\"painAfter\":" + w.painAfter + ",\"perceivedIntensity\":"
                + w.intensity + ",\"notes\":\"fault test\",\"clientRequestId\":\"" + w.clientRequestId + "\"}";
        idempotentWrite(p, w, () -> http.post(progress + "/api/sessions", token, body));
    }

    private void logCheckin(Patient p, CheckinWrite w, String token) {
        String body = "{\"date\":\"" + w.date + "\",\"pain\":" + w.pain + ",\"redFlags\":"
                + (w.redFlag ? "[\"SADDLE_NUMBNESS\"]" : "[]") + ",\"notes\":\"fault test\",\"clientRequestId\":\""
                + w.clientRequestId + "\"}";
        idempotentWrite(p, w, () -> http.post(progress + "/api/checkins", token, body));
    }

    private void idempotentWrite(Patient p, Write w, java.util.function.Supplier<Http.Res> call) {
        while (!expired(w)) {
            Http.Res r = attempt(w, call);
            if (r.status() == 201) {
                accept(w, false);
                return;
            }
            if (r.status() == 409 && w.ambiguous) {
                expected(w.kind + " 409 repeated clientRequestId (an earlier unclear attempt was stored)");
                accept(w, true); // an earlier attempt was stored; this repeat wrote nothing
                return;
            }
            if (r.status() == 422 && w.kind.equals("session") && r.body().contains("is not your active plan")) {
                waitsForEvents.incrementAndGet(); // PlanAssigned not there yet
                expected("session 422 planId \"is not your active plan\" (PlanAssigned not yet in progress)");
                Util.sleep(200);
                continue;
            }
            if (!r.ambiguous()) {
                refuse(p, w, r);
                return;
            }
            Util.sleep(300);
        }
    }
}
