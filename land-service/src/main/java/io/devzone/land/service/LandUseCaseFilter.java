package io.devzone.land.service;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criteria;
import io.devzone.commons.record.RecordFilter;
import io.devzone.commons.time.Periods;
import io.devzone.land.domain.LandUseCaseType;

/** Which land-use cases to list; every criterion optional. */
@Input("LandUseCaseFilter")
public class LandUseCaseFilter implements RecordFilter {

    /** The whole case number, any case. */
    @QueryParam("caseNumber")
    public String caseNumber;

    @QueryParam("type")
    public LandUseCaseType type;

    @Id
    @QueryParam("parcelId")
    public UUID parcelId;

    @Description("true: only approved (handled) cases; false: only pending ones")
    @QueryParam("approved")
    public Boolean approved;

    /** Approved on or after this date. */
    @QueryParam("approvedFrom")
    public LocalDate approvedFrom;

    /** Approved on or before this date. */
    @QueryParam("approvedTo")
    public LocalDate approvedTo;

    @Override
    public Criteria criteria() {
        Periods.checkRange("approvedFrom", approvedFrom, "approvedTo", approvedTo);
        return new Criteria()
                .equal("caseNumber", caseNumber == null || caseNumber.isBlank() ? null
                        : caseNumber.strip().toUpperCase(Locale.ROOT))
                .equal("type", type).equal("parcelId", parcelId)
                .atLeast("approvedOn", approvedFrom).atMost("approvedOn", approvedTo)
                .condition(Boolean.TRUE.equals(approved), "approvedOn is not null")
                .condition(Boolean.FALSE.equals(approved), "approvedOn is null");
    }
}
