package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.telerehab.program.domain.PlanTemplate;
import org.telerehab.program.repository.PlanTemplateRepository;

import java.util.Comparator;
import java.util.List;

/** The plan templates a therapist starts from: shared library content, no patient's data. */
@ApplicationScoped
public class TemplateService {

    private final PlanTemplateRepository templates;

    TemplateService(PlanTemplateRepository templates) {
        this.templates = templates;
    }

    /** Every template, in the order of the regions (A lumbar ... E neck), then by name. */
    @Transactional
    public List<PlanTemplate> all() {
        return templates.listAll().stream()
                .sorted(Comparator.comparing((PlanTemplate t) -> t.region).thenComparing(t -> t.name))
                .toList();
    }
}
