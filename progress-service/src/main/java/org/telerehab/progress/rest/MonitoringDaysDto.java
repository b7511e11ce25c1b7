package org.telerehab.progress.rest;

import org.telerehab.progress.service.OutcomesService;

import java.time.LocalDate;
import java.util.List;

/** The contract's monitoring days: how many, and which, of the patient's days had a session or check-in. */
public record MonitoringDaysDto(int days, List<LocalDate> dates) {

    static MonitoringDaysDto of(OutcomesService.MonitoringDays m) {
        return new MonitoringDaysDto(m.dates().size(), m.dates());
    }
}
