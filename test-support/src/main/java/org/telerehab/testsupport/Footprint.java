package org.telerehab.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Everything a service under test has written, as digests a refused request must leave exactly as they were. The
 * database is the first store ({@link DatabaseFootprint}); a service that also writes Keycloak users, mail or
 * stored objects adds a footprint of each, and the contracts compare them all:
 * {@code Footprint.of(Footprint.database(), keycloakUsers, mailboxes)}.
 */
public interface Footprint {

    /** The content of every part of the store now (e.g. one entry per table), and how busy its background is. */
    Snapshot take();

    /**
     * @param parts            a digest of each part's content keyed by a name a failure message can show ("table
     *                         plan"); equal digests mean equal content
     * @param backgroundWrites a count that moves when something other than the request under test wrote (a consumer
     *                         applying an event from Kafka); a change seen while it moved is not blamed on the request
     */
    record Snapshot(Map<String, String> parts, long backgroundWrites) {

        /** The parts whose content differs in {@code after}, with both digests, in name order. */
        public List<String> changesTo(Snapshot after) {
            List<String> changes = new ArrayList<>();
            for (String part : new TreeSet<>(union(parts.keySet(), after.parts.keySet()))) {
                String was = parts.get(part);
                String now = after.parts.get(part);
                if (!Objects.equals(was, now)) {
                    changes.add(part + " (" + was + " -> " + now + ")");
                }
            }
            return changes;
        }

        private static TreeSet<String> union(Set<String> a, Set<String> b) {
            TreeSet<String> all = new TreeSet<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** The database of the service under test. */
    static Footprint database() {
        return new DatabaseFootprint();
    }

    /** Several stores compared as one; their part names must not collide. */
    static Footprint of(Footprint... stores) {
        List<Footprint> all = Arrays.asList(stores);
        return () -> {
            Map<String, String> parts = new TreeMap<>();
            long background = 0;
            for (Footprint store : all) {
                Snapshot snapshot = store.take();
                snapshot.parts().forEach((name, digest) -> {
                    if (parts.putIfAbsent(name, digest) != null) {
                        throw new IllegalStateException("two footprints name a part " + name);
                    }
                });
                background += snapshot.backgroundWrites();
            }
            return new Snapshot(parts, background);
        };
    }

    /**
     * Sends a request and tells what it changed. A refused request that seems to have changed something while
     * something else wrote too (the background count moved) is sent once more, as the change may not be its own;
     * a refused request is safe to repeat, an accepted one is never repeated.
     */
    default <T> Watched<T> watch(Supplier<T> request, Predicate<T> refused) {
        Watched<T> watched = watchOnce(request);
        if (refused.test(watched.answer()) && !watched.changes().isEmpty() && watched.disturbed()) {
            watched = watchOnce(request);
        }
        return watched;
    }

    private <T> Watched<T> watchOnce(Supplier<T> request) {
        Snapshot before = take();
        T answer = request.get();
        Snapshot after = take();
        return new Watched<>(answer, before.changesTo(after), before.backgroundWrites() != after.backgroundWrites());
    }

    /** A request's answer, the parts that changed around it, and whether background writes overlapped it. */
    record Watched<T>(T answer, List<String> changes, boolean disturbed) {

        /** The changes besides the audit trail's record of a refusal (which a refused request must leave). */
        public List<String> changesBesidesRefusalRecords() {
            return changes.stream().filter(change -> !change.startsWith(DatabaseFootprint.REFUSALS + " ")).toList();
        }

        /** Whether the audit trail recorded a refusal meanwhile. */
        public boolean refusalRecorded() {
            return changes.size() > changesBesidesRefusalRecords().size();
        }
    }
}
