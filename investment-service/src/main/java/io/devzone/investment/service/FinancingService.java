package io.devzone.investment.service;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.investment.domain.EnterpriseRepository;
import io.devzone.investment.domain.Financing;
import io.devzone.investment.domain.FinancingBeneficiary;
import io.devzone.investment.domain.FinancingRepository;
import io.devzone.investment.mapping.FinancingInput;
import io.devzone.investment.mapping.FinancingView;

/** 融资: loans and subsidies arranged for enterprises or the zone's infrastructure, and what has been received. */
@ApplicationScoped
public class FinancingService {

    static final String TYPE = "Financing";
    private static final Map<String, String> SORTABLE = Map.of(
            "arrangedOn", "arrangedOn", "arrangedCny", "arrangedCny", "receivedCny", "receivedCny", "kind", "kind",
            "beneficiary", "beneficiary", "source", "source", "createdAt", "createdAt");

    private final FinancingRepository financing;
    private final Records<Financing, FinancingView> records;
    private final EnterpriseRepository enterprises;
    private final InputValidator validator;

    FinancingService(FinancingRepository financing, EnterpriseRepository enterprises, InputValidator validator,
            ChangeHistory history, AccessGuard guard) {
        this.financing = financing;
        this.enterprises = enterprises;
        this.validator = validator;
        this.records = Records.of(financing, TYPE, FinancingView::of, guard, history)
                .tracking("arrangedCny", f -> f.arrangedCny)
                .tracking("receivedCny", f -> f.receivedCny);
    }

    @ReadAccess
    public Page<FinancingView> list(FinancingFilter filter, PageRequest page) {
        var criteria = (filter == null ? new FinancingFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "arrangedOn");
    }

    @ReadAccess
    public FinancingView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<FinancingView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @WriteAccess
    @Transactional
    public FinancingView create(FinancingInput input) {
        check(input);
        Financing f = new Financing();
        apply(input, f);
        return FinancingView.of(records.create(f));
    }

    @WriteAccess
    @Transactional
    public FinancingView update(UUID id, FinancingInput input) {
        check(input);
        return FinancingView.of(records.update(id, input.version(), f -> apply(input, f)));
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    private void check(FinancingInput input) {
        validator.check(input, "financing");
        if (input.receivedCny().compareTo(input.arrangedCny()) > 0) {
            throw new InvalidInputException("receivedCny", "must not be above arrangedCny ("
                    + input.arrangedCny().toPlainString() + ")");
        }
        if (input.beneficiary() == FinancingBeneficiary.ENTERPRISE) {
            if (input.enterpriseId() == null) {
                throw new InvalidInputException("enterpriseId", "is required when the beneficiary is ENTERPRISE");
            }
            if (enterprises.findByIdOptional(input.enterpriseId()).isEmpty()) {
                throw new InvalidInputException("enterpriseId", "names no enterprise: " + input.enterpriseId());
            }
        } else if (input.enterpriseId() != null) {
            throw new InvalidInputException("enterpriseId", "must be left out for ZONE_INFRASTRUCTURE financing");
        }
    }

    private static void apply(FinancingInput input, Financing f) {
        f.beneficiary = input.beneficiary();
        f.enterpriseId = input.enterpriseId();
        f.kind = input.kind();
        f.source = input.source().strip();
        f.arrangedOn = input.arrangedOn();
        f.arrangedCny = Money.of(input.arrangedCny());
        f.receivedCny = Money.of(input.receivedCny());
    }
}
