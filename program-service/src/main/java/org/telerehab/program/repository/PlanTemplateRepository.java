package org.telerehab.program.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.program.domain.PlanTemplate;

import java.util.UUID;

@ApplicationScoped
public class PlanTemplateRepository implements PanacheRepositoryBase<PlanTemplate, UUID> {
}
