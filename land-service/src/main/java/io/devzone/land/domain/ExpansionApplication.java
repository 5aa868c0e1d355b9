package io.devzone.land.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import io.devzone.commons.audit.AuditedEntity;

/** 扩园申报: the park expansion application and its approval steps (EIA 环评, expert review, …), in order. */
@Entity
@Table(name = "expansion_application")
public class ExpansionApplication extends AuditedEntity {

    @Column(nullable = false, length = 200)
    public String title;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @ElementCollection
    @CollectionTable(name = "expansion_step", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    public List<ApprovalStep> steps = new ArrayList<>();
}
