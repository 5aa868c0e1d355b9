package io.devzone.investment.service;

import static io.devzone.commons.service.Records.NameMatching.IGNORING_CASE;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.record.RecordService;
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

    @Inject
    InvestmentProjectRepository projects;
    @Inject
    EnterpriseMonthlyFigureRepository figures;
    @Inject
    FinancingRepository financing;

    EnterpriseService(EnterpriseRepository enterprises) {
        super(Records.of(enterprises, EnterpriseView::of)
                .namedUniquely("an enterprise", "name", e -> e.name, IGNORING_CASE)
                .sortable("name", "park", "industryChain"));
    }

    /** An enterprise is deleted only while nothing refers to it: no project, monthly figure or financing. */
    @Override
    protected void beforeDelete(Enterprise enterprise) {
        long invested = projects.countByEnterprise(enterprise.id);
        if (invested > 0) {
            throw new ConflictException(records.type() + " " + enterprise.id + " invests in " + invested
                    + " investment project(s); delete or reassign them first.");
        }
        long recorded = figures.countByEnterprise(enterprise.id) + financing.countByEnterprise(enterprise.id);
        if (recorded > 0) {
            throw new ConflictException(records.type() + " " + enterprise.id + " has " + recorded
                    + " monthly figure(s) or financing record(s); delete them first.");
        }
    }
}
