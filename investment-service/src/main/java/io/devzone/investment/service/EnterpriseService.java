package io.devzone.investment.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.ReadAccess;
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
@ApplicationScoped
public class EnterpriseService {

    static final String TYPE = "Enterprise";
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "park", "park", "industryChain", "industryChain", "createdAt", "createdAt");

    private final EnterpriseRepository enterprises;
    private final Records<Enterprise, EnterpriseView> records;
    private final InvestmentProjectRepository projects;
    private final EnterpriseMonthlyFigureRepository figures;
    private final FinancingRepository financing;
    private final InputValidator validator;

    EnterpriseService(EnterpriseRepository enterprises, InvestmentProjectRepository projects,
            EnterpriseMonthlyFigureRepository figures, FinancingRepository financing, InputValidator validator) {
        this.enterprises = enterprises;
        this.projects = projects;
        this.figures = figures;
        this.financing = financing;
        this.validator = validator;
        this.records = Records.of(enterprises, TYPE, EnterpriseView::of);
    }

    @ReadAccess
    public Page<EnterpriseView> list(EnterpriseFilter filter, PageRequest page) {
        var criteria = (filter == null ? new EnterpriseFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "name");
    }

    @ReadAccess
    public EnterpriseView get(UUID id) {
        return records.view(id);
    }

    /** The enterprises with these ids, in the same order; null where none exists. */
    @ReadAccess
    public List<EnterpriseView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @WriteAccess
    @Transactional
    public EnterpriseView create(EnterpriseInput input) {
        validator.check(input, "enterprise");
        Enterprise enterprise = new Enterprise();
        apply(input, enterprise);
        records.create(enterprise, TYPE + " '" + input.name() + "'");
        return EnterpriseView.of(enterprise);
    }

    @WriteAccess
    @Transactional
    public EnterpriseView update(UUID id, EnterpriseInput input) {
        validator.check(input, "enterprise");
        return EnterpriseView.of(records.update(id, input.version(), enterprise -> apply(input, enterprise)));
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        Enterprise enterprise = find(id);
        long invested = projects.countByEnterprise(id);
        if (invested > 0) {
            throw new ConflictException(TYPE + " " + id + " invests in " + invested
                    + " investment project(s); delete or reassign them first.");
        }
        long recorded = figures.countByEnterprise(id) + financing.countByEnterprise(id);
        if (recorded > 0) {
            throw new ConflictException(TYPE + " " + id + " has " + recorded
                    + " monthly figure(s) or financing record(s); delete them first.");
        }
        enterprises.delete(enterprise);
    }

    private void apply(EnterpriseInput input, Enterprise enterprise) {
        if (enterprises.nameTaken(input.name(), enterprise.id)) {
            throw new ConflictException("An enterprise named '" + input.name().strip() + "' already exists.");
        }
        enterprise.name = input.name().strip();
        enterprise.park = input.park();
        enterprise.industryChain = input.industryChain();
        enterprise.aboveDesignatedSize = input.aboveDesignatedSize();
    }

    Enterprise find(UUID id) {
        return records.find(id);
    }
}
