package io.devzone.investment.service;

import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.Enterprise;
import io.devzone.investment.domain.EnterpriseMonthlyFigureRepository;
import io.devzone.investment.domain.EnterpriseRepository;
import io.devzone.investment.domain.FinancingRepository;
import io.devzone.investment.domain.InvestmentProjectRepository;
import io.devzone.investment.mapping.EnterpriseInput;
import io.devzone.investment.mapping.EnterpriseView;

/** 企业: the enterprises the investment department records. */
@Singleton
public class EnterpriseService extends RecordService<Enterprise, EnterpriseView, EnterpriseInput, EnterpriseFilter> {

    private final EnterpriseRepository enterprises;
    private final InvestmentProjectRepository projects;
    private final EnterpriseMonthlyFigureRepository figures;
    private final FinancingRepository financing;

    EnterpriseService(EnterpriseRepository enterprises, InvestmentProjectRepository projects,
            EnterpriseMonthlyFigureRepository figures, FinancingRepository financing) {
        super(Records.of(enterprises, "Enterprise", EnterpriseView::of)
                .sortable("name", "name", "park", "industryChain", "createdAt"));
        this.enterprises = enterprises;
        this.projects = projects;
        this.figures = figures;
        this.financing = financing;
    }

    /** Deletes an enterprise nothing else refers to: no project, monthly figure or financing. */
    @Override
    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.find(id);
        long invested = projects.countByEnterprise(id);
        if (invested > 0) {
            throw new ConflictException(records.type() + " " + id + " invests in " + invested
                    + " investment project(s); delete or reassign them first.");
        }
        long recorded = figures.countByEnterprise(id) + financing.countByEnterprise(id);
        if (recorded > 0) {
            throw new ConflictException(records.type() + " " + id + " has " + recorded
                    + " monthly figure(s) or financing record(s); delete them first.");
        }
        records.delete(id);
    }

    @Override
    protected Enterprise newRecord(EnterpriseInput input) {
        return new Enterprise();
    }

    @Override
    protected void apply(EnterpriseInput input, Enterprise enterprise) {
        if (enterprises.nameTaken(input.name(), enterprise.id)) {
            throw new ConflictException("An enterprise named '" + input.name().strip() + "' already exists.");
        }
        enterprise.name = input.name().strip();
        enterprise.park = input.park();
        enterprise.industryChain = input.industryChain();
        enterprise.aboveDesignatedSize = input.aboveDesignatedSize();
    }

    @Override
    protected String describe(Enterprise enterprise) {
        return records.type() + " '" + enterprise.name + "'";
    }
}
