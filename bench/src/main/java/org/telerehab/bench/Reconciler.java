package org.telerehab.bench;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.telerehab.platformkit.PostgresServer;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Compares what the driver was told was accepted with what the databases hold, what each producer's outbox published
 * with what each consumer recorded in processed_event and projected, and the projections with values computed by
 * hand from the driver's own record and recomputed in SQL from the logs.
 */
final class Reconciler {

    /** One line of the counts table; -1 where a column does not apply. */
    record Row(String kind, long sent, long accepted, long refused, long unanswered, long stored, long projected,
               long lost, long duplicated, String note) {
        Row(String kind, long sent, long accepted, long stored, long projected, long lost, long duplicated,
            String note) {
            this(kind, sent, accepted, -1, -1, stored, projected, lost, duplicated, note);
        }
    }

    private final Cluster cluster;
    private final Driver driver;
    final List<Row> rows = new ArrayList<>();
    final List<String> problems = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Map<String, Long> lagByGroup = new TreeMap<>();
    long deadLetters;
    long unpublished;
    boolean quiet;
    long patientsNotCompleted;

    Reconciler(Cluster cluster, Driver driver) {
        this.cluster = cluster;
        this.driver = driver;
    }

    // --- waiting for the system to settle ------------------------------------------------------------------

    Duration awaitQuiet(Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        long deadline = t0 + timeout.toNanos();
        String previous = null;
        while (System.nanoTime() < deadline) {
            try {
                long pending = pendingOutbox();
                Map<String, Long> lag = consumerLag();
                long totalLag = lag.values().stream().mapToLong(Long::longValue).sum();
                String snapshot = processedSnapshot();
                if (pending == 0 && totalLag == 0 && snapshot.equals(previous)) {
                    quiet = true;
                    return Duration.ofNanos(System.nanoTime() - t0);
                }
                previous = pending == 0 && totalLag == 0 ? snapshot : null;
            } catch (Exception e) {
                previous = null;
            }
            Thread.sleep(2_000);
        }
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private long pendingOutbox() throws SQLException {
        long total = 0;
        for (PostgresServer pg : cluster.pg.values()) {
            total += count(pg, "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
        }
        return total;
    }

    private String processedSnapshot() throws SQLException {
        StringBuilder sb = new StringBuilder();
        for (PostgresServer pg : cluster.pg.values()) {
            sb.append(count(pg, "SELECT count(*) FROM processed_event")).append('/');
        }
        return sb.toString();
    }

    /** Per consumer group: end offset minus committed offset, summed over the partitions of its topics. */
    Map<String, Long> consumerLag() throws Exception {
        Map<String, Long> result = new TreeMap<>();
        try (Admin admin = cluster.kafka.admin()) {
            List<String> groups = admin.listConsumerGroups().all().get(10, TimeUnit.SECONDS).stream()
                    .map(ConsumerGroupListing::groupId).toList();
            for (String group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Set<String> topics = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
                Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                        .get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
                described.values().forEach(d -> d.partitions().forEach(p ->
                        ask.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
                var ends = admin.listOffsets(ask).all().get(10, TimeUnit.SECONDS);
                long lag = 0;
                for (var e : ends.entrySet()) {
                    OffsetAndMetadata c = committed.get(e.getKey());
                    lag += e.getValue().offset() - (c == null ? 0 : c.offset());
                }
                result.put(group, lag);
            }
        }
        return result;
    }

    private long deadLetterRecords() throws Exception {
        try (Admin admin = cluster.kafka.admin()) {
            Set<String> dlq = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith("dead-letter")).collect(Collectors.toSet());
            if (dlq.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
            admin.describeTopics(dlq).allTopicNames().get(10, TimeUnit.SECONDS).values().forEach(d ->
                    d.partitions().forEach(p -> ask.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
            return admin.listOffsets(ask).all().get(10, TimeUnit.SECONDS).values().stream()
                    .mapToLong(v -> v.offset()).sum();
        }
    }

    // --- reconciliation ---------------------------------------------------------------------------------------

    record Outbox(UUID id, String topic, String type, boolean published) {
    }

    void reconcile() throws Exception {
        List<Driver.Patient> patients = List.copyOf(driver.patients);
        PostgresServer intake = cluster.pg.get("intake");
        PostgresServer program = cluster.pg.get("program");
        PostgresServer progress = cluster.pg.get("progress");

        // --- writes: accepted by the API, stored exactly once ---
        Map<UUID, Long> screenings = countBy(intake, "SELECT patient_id, count(*) FROM screening GROUP BY 1");
        writeRow("screening (intake)", patients.stream().map(p -> new Keyed(p.id, p.screening)).toList(), screenings);
        Map<UUID, Long> care = countBy(program, "SELECT patient_id, count(*) FROM care_relation GROUP BY 1");
        writeRow("care (program)", patients.stream().filter(p -> p.care.attempts > 0)
                .map(p -> new Keyed(p.id, p.care)).toList(), care);
        Map<UUID, Long> plans = countBy(program, "SELECT patient_id, count(*) FROM care_plan GROUP BY 1");
        writeRow("plan (program)", patients.stream().filter(p -> p.plan.attempts > 0)
                .map(p -> new Keyed(p.id, p.plan)).toList(), plans);
        Map<UUID, Long> sessions = countBy(progress,
                "SELECT client_request_id, count(*) FROM session_log GROUP BY 1");
        writeRow("session (progress)", patients.stream().flatMap(p -> p.sessions.stream())
                .map(s -> new Keyed(s.clientRequestId, s)).toList(), sessions);
        Map<UUID, Long> checkins = countBy(progress, "SELECT client_request_id, count(*) FROM checkin GROUP BY 1");
        writeRow("checkin (progress)", patients.stream().flatMap(p -> p.checkins.stream())
                .map(s -> new Keyed(s.clientRequestId, s)).toList(), checkins);

        // --- events: every published event processed once by every consumer, and its effect there ---
        Map<String, List<Outbox>> outbox = new LinkedHashMap<>();
        for (var e : cluster.pg.entrySet()) {
            List<Outbox> list = new ArrayList<>();
            query(e.getValue(), "SELECT id, topic, event_type, published_at IS NOT NULL FROM outbox_event", rs ->
                    list.add(new Outbox((UUID) rs.getObject(1), rs.getString(2), rs.getString(3), rs.getBoolean(4))));
            outbox.put(e.getKey(), list);
            long pending = list.stream().filter(o -> !o.published).count();
            unpublished += pending;
            if (pending > 0) {
                problems.add(e.getKey() + "-service: " + pending + " outbox rows never published");
            }
        }
        Map<String, Map<String, Set<UUID>>> processed = new LinkedHashMap<>(); // service -> consumer -> ids
        for (var e : cluster.pg.entrySet()) {
            Map<String, Set<UUID>> byConsumer = new TreeMap<>();
            query(e.getValue(), "SELECT consumer, event_id FROM processed_event", rs ->
                    byConsumer.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add((UUID) rs.getObject(2)));
            processed.put(e.getKey(), byConsumer);
        }
        String intakeCareConsumer = processed.get("intake").keySet().stream().findFirst().orElse("(none)");

        // effects
        Map<UUID, UUID> triage = map(program, "SELECT patient_id, screening_id FROM triage_entry");
        Map<UUID, UUID> screeningIds = map(intake, "SELECT patient_id, id FROM screening");
        Map<UUID, UUID> careProgram = map(program, "SELECT patient_id, therapist_id FROM care_relation");
        Map<UUID, UUID> careIntake = map(intake, "SELECT patient_id, therapist_id FROM care_relation");
        Map<UUID, UUID> careProgress = map(progress, "SELECT patient_id, therapist_id FROM care_relation");
        Map<UUID, String[]> currentPlan = new HashMap<>(); // program: id, status
        query(program, "SELECT patient_id, id, status FROM care_plan WHERE status <> 'SUPERSEDED'", rs ->
                currentPlan.put((UUID) rs.getObject(1), new String[]{rs.getString(2), rs.getString(3)}));
        Map<UUID, Object[]> pp = new HashMap<>(); // progress: baseline, plan id, status, sessions_logged
        query(progress, "SELECT patient_id, baseline_pain, plan_id, plan_status, sessions_logged FROM patient_progress",
                rs -> pp.put((UUID) rs.getObject(1), new Object[]{rs.getObject(2), rs.getObject(3), rs.getString(4),
                        rs.getLong(5)}));
        Map<UUID, String> progressAlerts = new HashMap<>(); // alert id -> patient:type
        query(progress, "SELECT id, patient_id, type FROM alert", rs ->
                progressAlerts.put((UUID) rs.getObject(1), rs.getObject(2) + ":" + rs.getString(3)));
        Map<UUID, String> programAlerts = new HashMap<>();
        query(program, "SELECT alert_id, patient_id, alert_type FROM open_alert", rs ->
                programAlerts.put((UUID) rs.getObject(1), rs.getObject(2) + ":" + rs.getString(3)));

        Map<UUID, Driver.Patient> byId = patients.stream().collect(Collectors.toMap(p -> p.id, p -> p));

        eventRow("ScreeningCompleted -> program", outbox.get("intake"), "ScreeningCompleted",
                processed.get("program").get("program.screenings"),
                screeningIds.entrySet().stream().filter(e -> e.getValue().equals(triage.get(e.getKey()))).count(),
                screeningIds.size(), "triage_entry = intake's screening");
        eventRow("ScreeningCompleted -> progress", outbox.get("intake"), "ScreeningCompleted",
                processed.get("progress").get("progress.screenings"),
                screeningIds.keySet().stream().filter(id -> byId.containsKey(id) && pp.containsKey(id)
                        && Objects.equals(pp.get(id)[0], byId.get(id).baseline)).count(),
                screeningIds.size(), "patient_progress.baseline_pain = the screening's");
        eventRow("PatientTakenIntoCare -> intake", outbox.get("program"), "PatientTakenIntoCare",
                processed.get("intake").get(intakeCareConsumer),
                careProgram.entrySet().stream().filter(e -> e.getValue().equals(careIntake.get(e.getKey()))).count(),
                careProgram.size(), "care_relation = program's");
        eventRow("PatientTakenIntoCare -> progress", outbox.get("program"), "PatientTakenIntoCare",
                processed.get("progress").get("progress.program-care"),
                careProgram.entrySet().stream().filter(e -> e.getValue().equals(careProgress.get(e.getKey()))).count(),
                careProgram.size(), "care_relation = program's");
        eventRow("PlanAssigned -> intake", outbox.get("program"), "PlanAssigned",
                processed.get("intake").get(intakeCareConsumer), -1, -1, "recorded (intake keeps the plan for re-assessments)");
        eventRow("PlanAssigned -> progress", outbox.get("program"), "PlanAssigned",
                processed.get("progress").get("progress.program-care"),
                currentPlan.entrySet().stream().filter(e -> pp.containsKey(e.getKey())
                        && e.getValue()[0].equals(String.valueOf(pp.get(e.getKey())[1]))).count(),
                currentPlan.size(), "patient_progress.plan_id = program's current plan");
        eventRow("PlanPaused -> progress", outbox.get("program"), "PlanPaused",
                processed.get("progress").get("progress.program-care"),
                currentPlan.entrySet().stream().filter(e -> e.getValue()[1].equals("PAUSED") && pp.containsKey(e.getKey())
                        && "PAUSED".equals(pp.get(e.getKey())[2])).count(),
                currentPlan.values().stream().filter(v -> v[1].equals("PAUSED")).count(),
                "patient_progress.plan_status PAUSED where program's plan is");
        eventRow("AlertRaised -> program", outbox.get("progress"), "AlertRaised",
                processed.get("program").get("program.alerts"),
                progressAlerts.entrySet().stream().filter(e -> e.getValue().equals(programAlerts.get(e.getKey()))).count(),
                progressAlerts.size(), "open_alert = progress' alert");
        if (programAlerts.size() != progressAlerts.size()) {
            problems.add("program has " + programAlerts.size() + " open alerts, progress " + progressAlerts.size());
        }
        // every published event of a topic is in processed_event of each consumer of that topic (checked above);
        // nothing else is there either
        for (var svc : processed.entrySet()) {
            for (var c : svc.getValue().entrySet()) {
                Set<UUID> all = outbox.values().stream().flatMap(List::stream).map(Outbox::id).collect(Collectors.toSet());
                long foreign = c.getValue().stream().filter(id -> !all.contains(id)).count();
                if (foreign > 0) {
                    problems.add(svc.getKey() + "/" + c.getKey() + ": " + foreign + " processed ids no outbox published");
                }
            }
        }

        // --- projections against hand-computed values (the driver's own record) and against the logs ---
        projectionRows(byId, pp, progress, progressAlerts, programAlerts, currentPlan);

        // --- Kafka: lag 0, nothing dead-lettered ---
        lagByGroup.putAll(consumerLag());
        lagByGroup.forEach((g, lag) -> {
            if (lag != 0) {
                problems.add("consumer group " + g + " lag " + lag);
            }
        });
        deadLetters = deadLetterRecords();
        if (deadLetters > 0) {
            problems.add(deadLetters + " records on dead-letter topics");
        }
        patientsNotCompleted = patients.stream().filter(p -> !p.completed).count();
        if (patientsNotCompleted > 0) {
            problems.add(patientsNotCompleted + " of " + patients.size() + " patients did not get through their loop");
        }
        driver.anomalies.stream().limit(20).forEach(a -> problems.add("driver: " + a));
    }

    private record Keyed(UUID key, Driver.Write write) {
    }

    private void writeRow(String kind, List<Keyed> writes, Map<UUID, Long> stored) {
        long accepted = writes.stream().filter(k -> k.write.accepted).count();
        long lost = 0;
        long dup = 0;
        long storedOurs = 0;
        long storedUnconfirmed = 0;
        long refused = 0;
        long unanswered = 0;
        for (Keyed k : writes) {
            long n = stored.getOrDefault(k.key, 0L);
            storedOurs += n;
            if (k.write.accepted) {
                if (n == 0) {
                    lost++;
                    problems.add(kind + ": accepted " + k.key + " not stored (attempts " + k.write.attempts
                            + ", last " + k.write.lastStatus + ")");
                }
                dup += Math.max(0, n - 1);
            } else {
                if (k.write.refusal != null) {
                    refused++;
                    problems.add(kind + ": " + k.key + " refused with " + k.write.refusal + " (not a refusal the "
                            + "driver expects)");
                } else {
                    unanswered++;
                    problems.add(kind + ": " + k.key + " left without an answer after recovery (attempts "
                            + k.write.attempts + ", last " + k.write.lastStatus + ", stored " + n + ")");
                }
                if (n > 0) {
                    storedUnconfirmed++;
                    dup += Math.max(0, n - 1);
                }
            }
            if (n > 1) {
                problems.add(kind + ": " + k.key + " stored " + n + " times (attempts " + k.write.attempts
                        + ", ambiguous " + k.write.ambiguous + ")");
            }
        }
        Set<UUID> keys = writes.stream().map(Keyed::key).collect(Collectors.toSet());
        long foreign = stored.entrySet().stream().filter(e -> e.getKey() != null && !keys.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        long nullKey = stored.getOrDefault(null, 0L);
        if (foreign + nullKey > 0) {
            problems.add(kind + ": " + (foreign + nullKey) + " stored rows the driver never sent");
            dup += foreign + nullKey;
        }
        long ambiguousAdopted = writes.stream().filter(k -> k.write.adoptedAfterAmbiguity).count();
        rows.add(new Row(kind, writes.size(), accepted, refused, unanswered, storedOurs + foreign + nullKey, -1, lost,
                dup, (ambiguousAdopted > 0 ? ambiguousAdopted + " accepted on a retry after an unclear answer" : "")
                + (storedUnconfirmed > 0 ? "; " + storedUnconfirmed + " never accepted but stored" : "")));
    }

    private void eventRow(String kind, List<Outbox> producerOutbox, String type, Set<UUID> processed, long projected,
                          long expectedProjected, String effect) {
        Set<UUID> published = producerOutbox.stream().filter(o -> o.type.equals(type)).map(Outbox::id)
                .collect(Collectors.toSet());
        Set<UUID> seen = processed == null ? Set.of() : processed;
        long delivered = published.stream().filter(seen::contains).count();
        long lost = published.size() - delivered;
        if (lost > 0) {
            problems.add(kind + ": " + lost + " published events never processed");
        }
        long effectLost = 0;
        if (expectedProjected >= 0 && projected != expectedProjected) {
            effectLost = expectedProjected - projected;
            problems.add(kind + ": effect holds for " + projected + " of " + expectedProjected + " (" + effect + ")");
        }
        // an event never processed and its missing effect are the same loss: counted once
        rows.add(new Row(kind, published.size(), -1, delivered, projected, Math.max(lost, Math.max(0, effectLost)),
                Math.max(0, -effectLost), effect));
    }

    private void projectionRows(Map<UUID, Driver.Patient> byId, Map<UUID, Object[]> pp, PostgresServer progress,
                                Map<UUID, String> progressAlerts, Map<UUID, String> programAlerts,
                                Map<UUID, String[]> currentPlan) throws SQLException {
        // sessions_logged: hand count of accepted sessions, and count(session_log)
        Map<UUID, Long> logCount = countBy(progress, "SELECT patient_id, count(*) FROM session_log GROUP BY 1");
        long patientsWithPlan = 0;
        long match = 0;
        long lost = 0;
        long dup = 0;
        for (Driver.Patient p : byId.values()) {
            if (!p.plan.accepted) {
                continue;
            }
            patientsWithPlan++;
            long hand = p.sessions.stream().filter(s -> s.accepted).count();
            long projected = pp.containsKey(p.id) ? (Long) pp.get(p.id)[3] : 0;
            long logs = logCount.getOrDefault(p.id, 0L);
            if (hand == projected && logs == projected) {
                match++;
            } else {
                lost += Math.max(0, hand - projected);
                dup += Math.max(0, projected - hand);
                problems.add("patient_progress.sessions_logged of " + p.id + " = " + projected + ", hand " + hand
                        + ", session_log " + logs);
            }
        }
        rows.add(new Row("patient_progress.sessions_logged", patientsWithPlan, -1, -1, match, lost, dup,
                "= hand count = count(session_log), per patient"));

        // daily_rollup: hand-computed from the driver's record, and recomputed from session_log + checkin
        Map<String, long[]> hand = new HashMap<>();
        for (Driver.Patient p : byId.values()) {
            for (Driver.SessionWrite s : p.sessions) {
                if (s.accepted) {
                    long[] r = hand.computeIfAbsent(p.id + " " + s.performedAt.atZone(ZoneOffset.UTC).toLocalDate(),
                            k -> new long[4]);
                    r[0]++;
                    r[1] += s.painBefore;
                    r[2]++;
                    r[3] = Math.max(r[3], s.intensity);
                }
            }
            for (Driver.CheckinWrite c : p.checkins) {
                if (c.accepted) {
                    long[] r = hand.computeIfAbsent(p.id + " " + c.date, k -> new long[4]);
                    r[1] += c.pain;
                    r[2]++;
                }
            }
        }
        Map<String, long[]> stored = new HashMap<>();
        query(progress, "SELECT patient_id, day, sessions, pain_sum, pain_readings, max_perceived_intensity FROM daily_rollup",
                rs -> stored.put(rs.getObject(1) + " " + rs.getObject(2, LocalDate.class),
                        new long[]{rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}));
        Map<String, long[]> recomputed = new HashMap<>();
        query(progress, "SELECT patient_id, day, sum(sessions), sum(pain_sum), sum(pain_readings), max(maxi) FROM ("
                + " SELECT patient_id, (performed_at AT TIME ZONE 'UTC')::date AS day, 1 AS sessions, pain_before AS pain_sum,"
                + " 1 AS pain_readings, perceived_intensity AS maxi FROM session_log"
                + " UNION ALL SELECT patient_id, date, 0, pain, 1, 0 FROM checkin) x GROUP BY 1, 2",
                rs -> recomputed.put(rs.getObject(1) + " " + rs.getObject(2, LocalDate.class),
                        new long[]{rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}));
        Set<String> keys = new HashSet<>(hand.keySet());
        keys.addAll(stored.keySet());
        keys.addAll(recomputed.keySet());
        long ok = 0;
        long rLost = 0;
        long rDup = 0;
        for (String k : keys) {
            long[] h = hand.getOrDefault(k, new long[4]);
            long[] s = stored.getOrDefault(k, new long[4]);
            long[] r = recomputed.getOrDefault(k, new long[4]);
            if (java.util.Arrays.equals(h, s) && java.util.Arrays.equals(s, r)) {
                ok++;
            } else {
                rLost += Math.max(0, h[2] - s[2]);
                rDup += Math.max(0, s[2] - h[2]);
                problems.add("daily_rollup " + k + ": stored " + java.util.Arrays.toString(s) + ", hand "
                        + java.util.Arrays.toString(h) + ", from logs " + java.util.Arrays.toString(r));
            }
        }
        rows.add(new Row("daily_rollup (patient, day)", hand.size(), -1, stored.size(), ok, rLost, rDup,
                "sessions, pain_sum, readings, max intensity = hand = recomputed from the logs"));

        // alerts: FLARE iff an accepted reading >= 8 (baselines are 4-6: an 8 is a worsening), TOO_HARD iff a session's
        // intensity >= 8, RED_FLAG_SYMPTOM iff an emergency check-in; and the plan PAUSED in program iff a red flag
        Set<String> expected = new HashSet<>();
        Set<UUID> redFlagged = new HashSet<>();
        for (Driver.Patient p : byId.values()) {
            for (Driver.SessionWrite s : p.sessions) {
                if (s.accepted && s.painBefore >= 8) {
                    expected.add(p.id + ":FLARE");
                }
                if (s.accepted && s.intensity >= 8) {
                    expected.add(p.id + ":TOO_HARD");
                }
            }
            for (Driver.CheckinWrite c : p.checkins) {
                if (c.accepted && c.pain >= 8) {
                    expected.add(p.id + ":FLARE");
                }
                if (c.accepted && c.redFlag) {
                    expected.add(p.id + ":RED_FLAG_SYMPTOM");
                    redFlagged.add(p.id);
                }
            }
        }
        Map<String, Long> actual = progressAlerts.values().stream()
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        long aLost = expected.stream().filter(e -> !actual.containsKey(e)).count();
        long aDup = actual.entrySet().stream().mapToLong(e -> expected.contains(e.getKey())
                ? e.getValue() - 1 : e.getValue()).sum();
        if (aLost + aDup > 0) {
            problems.add("alerts: " + aLost + " expected alerts missing, " + aDup + " unexpected or doubled");
        }
        rows.add(new Row("alerts (progress)", expected.size(), -1, progressAlerts.size(),
                expected.stream().filter(actual::containsKey).count(), aLost, aDup,
                "FLARE / TOO_HARD / RED_FLAG_SYMPTOM as the driver's readings imply"));
        // the same count per patient on program's side (its worklist shows it): AlertRaised applied twice would show
        Map<String, Long> expectedPerPatient = expected.stream()
                .collect(Collectors.groupingBy(e -> e.substring(0, e.indexOf(':')), Collectors.counting()));
        Map<String, Long> programPerPatient = programAlerts.values().stream()
                .collect(Collectors.groupingBy(e -> e.substring(0, e.indexOf(':')), Collectors.counting()));
        Set<String> alertPatients = new HashSet<>(expectedPerPatient.keySet());
        alertPatients.addAll(programPerPatient.keySet());
        long countsMatch = 0;
        long countsLost = 0;
        long countsDup = 0;
        for (String patient : alertPatients) {
            long want = expectedPerPatient.getOrDefault(patient, 0L);
            long have = programPerPatient.getOrDefault(patient, 0L);
            if (want == have) {
                countsMatch++;
            } else {
                countsLost += Math.max(0, want - have);
                countsDup += Math.max(0, have - want);
                problems.add("open alerts of " + patient + " in program: " + have + ", the driver's readings imply " + want);
            }
        }
        rows.add(new Row("open alerts per patient (program)", expectedPerPatient.size(), -1, programPerPatient.size(),
                countsMatch, countsLost, countsDup, "count per patient = the driver's readings imply"));
        long paused = currentPlan.entrySet().stream().filter(e -> e.getValue()[1].equals("PAUSED")).count();
        long pausedRight = redFlagged.stream().filter(id -> currentPlan.containsKey(id)
                && currentPlan.get(id)[1].equals("PAUSED")).count();
        if (paused != redFlagged.size() || pausedRight != redFlagged.size()) {
            problems.add("plans PAUSED in program: " + paused + ", red-flag check-ins accepted: " + redFlagged.size());
        }
        rows.add(new Row("plans PAUSED (program)", redFlagged.size(), -1, paused, pausedRight,
                redFlagged.size() - pausedRight, paused - pausedRight, "exactly the patients with a red-flag check-in"));
    }

    // --- output -------------------------------------------------------------------------------------------------

    /**
     * Clean only when the system settled, every write the driver sent was accepted (the refusals it expects are
     * waited out and retried, so they end accepted too), none was refused or left without an answer, every patient
     * got through the loop, and nothing was lost or doubled anywhere.
     */
    boolean clean() {
        return quiet && problems.isEmpty() && patientsNotCompleted == 0 && driver.anomalies.isEmpty()
                && rows.stream().allMatch(r -> r.lost == 0 && r.duplicated == 0 && r.refused <= 0 && r.unanswered <= 0
                && (r.accepted < 0 || r.accepted == r.sent));
    }

    String report(String victim, int duration, int workers, List<String> timeline, List<String> jvm) {
        long lost = rows.stream().mapToLong(Row::lost).sum();
        long dup = rows.stream().mapToLong(Row::duplicated).sum();
        long refused = rows.stream().mapToLong(r -> Math.max(0, r.refused)).sum();
        long unanswered = rows.stream().mapToLong(r -> Math.max(0, r.unanswered)).sum();
        StringBuilder sb = new StringBuilder();
        sb.append("## Run at ").append(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
                .append(": ").append(clean() ? "CLEAN" : "NOT CLEAN").append(" (lost ").append(lost)
                .append(", duplicated ").append(dup).append(", refused ").append(refused).append(", unanswered ")
                .append(unanswered).append(")\n\n");
        sb.append(String.format(Locale.ROOT, "%d s of load from %d workers; PostgreSQL restarted: %s-service's; "
                + "services' JVM: `%s`; load average at the end: %s.%n%n", duration, workers, victim,
                String.join(" ", jvm), loadAverage()));
        sb.append("```text\n");
        timeline.forEach(t -> sb.append(t).append('\n'));
        sb.append("```\n\n");
        sb.append("| kind | sent | accepted | refused | unanswered | stored / delivered | projected | lost | duplicated"
                + " | note |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            sb.append("| ").append(r.kind).append(" | ").append(r.sent).append(" | ").append(dash(r.accepted))
                    .append(" | ").append(dash(r.refused)).append(" | ").append(dash(r.unanswered))
                    .append(" | ").append(dash(r.stored)).append(" | ").append(dash(r.projected)).append(" | ")
                    .append(r.lost).append(" | ").append(r.duplicated).append(" | ").append(r.note).append(" |\n");
        }
        sb.append("\nRefusals the driver expects, waited out and retried (each write then accepted): ")
                .append(driver.expectedRefusals.isEmpty() ? "none" : driver.expectedRefusals.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("; ")))
                .append(". Patients through the whole loop: ").append(driver.patients.size() - patientsNotCompleted)
                .append(" of ").append(driver.patients.size()).append(".\n");
        sb.append("\nOutbox rows unpublished: ").append(unpublished).append("; consumer lag: ").append(lagByGroup)
                .append("; records on dead-letter topics: ").append(deadLetters).append("; quiet: ").append(quiet)
                .append(".\n");
        if (!problems.isEmpty()) {
            sb.append("\nProblems:\n\n");
            problems.stream().limit(40).forEach(p -> sb.append("- ").append(p).append('\n'));
            if (problems.size() > 40) {
                sb.append("- ... ").append(problems.size() - 40).append(" more\n");
            }
        }
        if (!notes.isEmpty()) {
            sb.append("\nNotes:\n\n");
            notes.forEach(n -> sb.append("- ").append(n).append('\n'));
        }
        return sb.toString();
    }

    private static String dash(long v) {
        return v < 0 ? "-" : Long.toString(v);
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "?";
        }
    }

    // --- JDBC helpers ---------------------------------------------------------------------------------------------

    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    static void query(PostgresServer pg, String sql, RowHandler handler) throws SQLException {
        try (Connection c = pg.connect(database(pg)); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                handler.row(rs);
            }
        }
    }

    /** Each bench PostgreSQL server holds one service's database: "postgres-intake" holds "intake". */
    static String database(PostgresServer pg) {
        return pg.name().substring(pg.name().indexOf('-') + 1);
    }

    static long count(PostgresServer pg, String sql) throws SQLException {
        long[] n = {0};
        query(pg, sql, rs -> n[0] = rs.getLong(1));
        return n[0];
    }

    private static Map<UUID, Long> countBy(PostgresServer pg, String sql) throws SQLException {
        Map<UUID, Long> map = new HashMap<>();
        query(pg, sql, rs -> map.put((UUID) rs.getObject(1), rs.getLong(2)));
        return map;
    }

    private static Map<UUID, UUID> map(PostgresServer pg, String sql) throws SQLException {
        Map<UUID, UUID> map = new HashMap<>();
        query(pg, sql, rs -> map.put((UUID) rs.getObject(1), (UUID) rs.getObject(2)));
        return map;
    }
}
