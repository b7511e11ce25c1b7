package org.telerehab.progress.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small parsers that keep the test tables readable. */
final class Specs {

    /** The fixed "today" of every table; days are written as offsets from it (-6 = today-6). */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    private Specs() {
    }

    /** "-6" -> today-6; blank or "-" -> null. */
    static LocalDate day(String offset) {
        return offset == null || offset.isBlank() || offset.trim().equals("-")
                ? null : TODAY.plusDays(Integer.parseInt(offset.trim()));
    }

    /**
     * "0:3:8/2 -6:0:4/1" -> rollups: offset:sessions:painSum/painReadings (max intensity 5 when
     * there were sessions). Blank -> none.
     */
    static List<DailyRollup> rollups(String spec) {
        List<DailyRollup> rollups = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return rollups;
        }
        for (String token : spec.trim().split("\\s+")) {
            String[] parts = token.split(":");
            String[] pain = parts[2].split("/");
            int sessions = Integer.parseInt(parts[1]);
            rollups.add(new DailyRollup(day(parts[0]), sessions, Integer.parseInt(pain[0]),
                    Integer.parseInt(pain[1]), sessions > 0 ? 5 : 0));
        }
        return rollups;
    }

    /** "21/33" -> 21.0 / 33 (the hand computation stays visible in the table); "1.5"; "-" -> null. */
    static Double number(String spec) {
        if (spec == null || spec.isBlank() || spec.trim().equals("-")) {
            return null;
        }
        String s = spec.trim();
        int slash = s.indexOf('/');
        if (slash < 0) {
            return Double.valueOf(s);
        }
        return Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1));
    }

    /** "5" -> 5; blank or "-" -> null. */
    static Integer integer(String spec) {
        return spec == null || spec.isBlank() || spec.trim().equals("-") ? null : Integer.valueOf(spec.trim());
    }
}
