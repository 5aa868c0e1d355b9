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
import io.devzone.investment.domain.CapitalArrival;
import io.devzone.investment.domain.CapitalArrivalRepository;
import io.devzone.investment.domain.CapitalOrigin;
import io.devzone.investment.domain.InvestmentProjectRepository;
import io.devzone.investment.mapping.CapitalArrivalInput;
import io.devzone.investment.mapping.CapitalArrivalView;

/** 到位资金: dated arrivals of capital per investment project. */
@ApplicationScoped
public class CapitalArrivalService {

    static final String TYPE = "CapitalArrival";
    private static final Map<String, String> SORTABLE = Map.of(
            "arrivedOn", "arrivedOn", "origin", "origin", "amountCny", "amountCny", "amountUsd", "amountUsd",
            "createdAt", "createdAt");

    private final CapitalArrivalRepository arrivals;
    private final Records<CapitalArrival, CapitalArrivalView> records;
    private final InvestmentProjectRepository projects;
    private final InputValidator validator;

    CapitalArrivalService(CapitalArrivalRepository arrivals, InvestmentProjectRepository projects,
            InputValidator validator, ChangeHistory history, AccessGuard guard) {
        this.arrivals = arrivals;
        this.projects = projects;
        this.validator = validator;
        this.records = Records.of(arrivals, TYPE, CapitalArrivalView::of, guard, history)
                .tracking("amountCny", a -> a.amountCny)
                .tracking("amountUsd", a -> a.amountUsd);
    }

    @ReadAccess
    public Page<CapitalArrivalView> list(CapitalArrivalFilter filter, PageRequest page) {
        var criteria = (filter == null ? new CapitalArrivalFilter() : filter).criteria();
        return records.page(criteria, page, SORTABLE, "arrivedOn");
    }

    @ReadAccess
    public CapitalArrivalView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<CapitalArrivalView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    /** Each project's arrivals, oldest first, for resolving {@code InvestmentProject.capitalArrivals} in one query. */
    @ReadAccess
    public Map<UUID, List<CapitalArrivalView>> byProjects(List<UUID> projectIds) {
        return records.viewsByParent("investmentProjectId", a -> a.investmentProjectId, projectIds, "arrivedOn, id");
    }

    @WriteAccess
    @Transactional
    public CapitalArrivalView create(CapitalArrivalInput input) {
        check(input);
        CapitalArrival arrival = new CapitalArrival();
        apply(input, arrival);
        return CapitalArrivalView.of(records.create(arrival));
    }

    @WriteAccess
    @Transactional
    public CapitalArrivalView update(UUID id, CapitalArrivalInput input) {
        check(input);
        return CapitalArrivalView.of(records.update(id, input.version(), arrival -> apply(input, arrival)));
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

    private void check(CapitalArrivalInput input) {
        validator.check(input, "capitalArrival");
        if (input.origin() == CapitalOrigin.DOMESTIC && (input.amountCny() == null || input.amountUsd() != null)) {
            throw new InvalidInputException("amountCny", "is required for DOMESTIC capital, and amountUsd must be left out");
        }
        if (input.origin() == CapitalOrigin.FOREIGN && (input.amountUsd() == null || input.amountCny() != null)) {
            throw new InvalidInputException("amountUsd", "is required for FOREIGN capital, and amountCny must be left out");
        }
        if (projects.findByIdOptional(input.investmentProjectId()).isEmpty()) {
            throw new InvalidInputException("investmentProjectId", "names no investment project: "
                    + input.investmentProjectId());
        }
    }

    private static void apply(CapitalArrivalInput input, CapitalArrival arrival) {
        arrival.investmentProjectId = input.investmentProjectId();
        arrival.origin = input.origin();
        arrival.arrivedOn = input.arrivedOn();
        arrival.amountCny = Money.of(input.amountCny());
        arrival.amountUsd = Money.of(input.amountUsd());
        arrival.note = InvestmentProjectService.blankToNull(input.note());
    }
}
