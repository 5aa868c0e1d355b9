package io.devzone.land.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;

import io.devzone.commons.audit.AuditedEntity;

/** 扩园申报: the park expansion application and its approval steps (EIA 环评, expert review, …), in order. */
@Entity
public class ExpansionApplication extends AuditedEntity {

    public String title;

    public LocalDate submittedOn;

    @ElementCollection
    @CollectionTable(name = "expansion_step", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<ApprovalStep> steps = new ArrayList<>();
}
