package io.devzone.party.service;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

import io.devzone.commons.query.Criterion;
import io.devzone.commons.query.Criterion.Match;
import io.devzone.commons.record.RecordFilter;
import io.devzone.party.domain.MemberCategory;
import io.devzone.party.domain.MemberStage;

/** Which members to list; every criterion is optional. The same on REST (query parameters) and GraphQL. */
@Input("PartyMemberFilter")
@Criterion.Range(path = "probationaryOn", from = "probationaryFrom", to = "probationaryTo")
public class PartyMemberFilter implements RecordFilter {

    /** Names are stored encrypted: {@link #matchesName} matches it, not SQL. */
    @Description("Part of the name, any case: personal data, so for party-affairs and leaders only")
    @Criterion(Match.OWN)
    @QueryParam("name")
    public String name;

    @QueryParam("stage")
    public MemberStage stage;

    @QueryParam("category")
    public MemberCategory category;

    @Id
    @QueryParam("organisationId")
    public UUID organisationId;

    @Id
    @QueryParam("enterpriseId")
    public UUID enterpriseId;

    @Description("Admitted as probationary on or after this day")
    @QueryParam("probationaryFrom")
    public LocalDate probationaryFrom;

    @Description("Admitted as probationary on or before this day")
    @QueryParam("probationaryTo")
    public LocalDate probationaryTo;

    boolean byName() {
        return name != null && !name.isBlank();
    }

    /** Whether the member's name holds the part asked, any case: names are encrypted, so this is not SQL. */
    boolean matchesName(String memberName) {
        return !byName() || memberName.toLowerCase(Locale.ROOT).contains(name.strip().toLowerCase(Locale.ROOT));
    }
}
