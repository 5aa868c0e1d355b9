package io.devzone.land.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.devzone.commons.audit.Audit;
import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.error.RecordNotFoundException;
import io.devzone.commons.money.Money;
import io.devzone.commons.personaldata.PersonalDataCipher;
import io.devzone.commons.pipeline.Pipeline;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.record.RecordService;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.commons.time.ZoneClock;
import io.devzone.land.domain.HouseholdStatus;
import io.devzone.land.domain.LandParcelRepository;
import io.devzone.land.domain.RelocationHousehold;
import io.devzone.land.domain.RelocationHouseholdRepository;
import io.devzone.land.domain.ResettlementPlotRepository;
import io.devzone.land.mapping.HouseholdMember;
import io.devzone.land.mapping.HouseholdStatusChange;
import io.devzone.land.mapping.PlotAssignment;
import io.devzone.land.mapping.RelocationHouseholdInput;
import io.devzone.land.mapping.RelocationHouseholdView;

/**
 * 拆迁户: relocated households. Their personal data is encrypted at rest and shown only to the land department and
 * leaders; every compensation, status and plot change is on record. The status moves by dated steps only
 * ({@link Pipeline}): the day of each is kept in the household's own column (contract signed, demolished,
 * resettled) and in its change history.
 */
@Singleton
public class RelocationHouseholdService extends RecordService<RelocationHousehold, RelocationHouseholdView,
        RelocationHouseholdInput, RelocationHouseholdFilter> {

    private static final String REDACTION_NOTE = "Personal data (head of household's name, identity number, phone, members)"
            + " is readable only by the land department and leaders; these fields were withheld.";
    private static final String IDENTITY_NUMBER = "must be an 18-character identity number with a valid check digit";
    private static final TypeReference<List<HouseholdMember>> MEMBERS = new TypeReference<>() {
    };

    @Inject
    LandParcelRepository parcels;
    @Inject
    ResettlementPlotRepository plots;
    @Inject
    PersonalDataCipher cipher;
    @Inject
    ObjectMapper json;
    private final Pipeline<RelocationHousehold, HouseholdStatus> pipeline;

    RelocationHouseholdService(RelocationHouseholdRepository households, ObjectMapper json, ZoneClock clock) {
        super(Records.withPersonalData(households, (h, readable) -> view(h, readable, json))
                .sortable("createdAt", "status", "compensationCny", "houseAreaM2", "contractSignedOn", "resettledOn")
                .tracking("compensationCny", h -> h.compensationCny)
                .tracking("status", h -> h.status)
                .tracking("plotId", h -> h.plotId));
        this.pipeline = new Pipeline<>(records, "A relocation household", "status", clock, h -> h.status,
                RelocationHouseholdService::lastMoveOn, this::move);
    }

    /** Lists households; searching by identity number or phone would reveal them, so it is for those who may read them. */
    @Override
    @ReadAccess
    public Page<RelocationHouseholdView> list(RelocationHouseholdFilter filter, PageRequest page) {
        RelocationHouseholdFilter f = filter == null ? new RelocationHouseholdFilter() : filter;
        String idIndex = null;
        String phoneIndex = null;
        if (present(f.idNumber) || present(f.phone)) {
            guard.checkOwnDepartmentOrLeader();
            if (present(f.idNumber)) {
                String number = IdentityNumbers.normalize(f.idNumber);
                if (number == null) {
                    throw new InvalidInputException("idNumber", IDENTITY_NUMBER);
                }
                idIndex = cipher.index(number);
            }
            phoneIndex = present(f.phone) ? cipher.index(normalizePhone(f.phone)) : null;
        }
        return records.page(f.criteria().equal("idNumberIndex", idIndex).equal("phoneIndex", phoneIndex), page);
    }

    @WriteAccess
    @Transactional
    public RelocationHouseholdView changeStatus(UUID id, HouseholdStatusChange change) {
        return move(pipeline, id, change, "statusChange", change.version(), change.status(), change.on());
    }

    @WriteAccess
    @Transactional
    public RelocationHouseholdView assignPlot(UUID id, PlotAssignment assignment) {
        check(assignment, "plotAssignment");
        RelocationHousehold household = records.findAtVersion(id, assignment.version());
        if (plots.findByIdOptional(assignment.plotId()).isEmpty()) {
            throw new RecordNotFoundException("ResettlementPlot", assignment.plotId());
        }
        if (assignment.plotId().equals(household.plotId)) {
            return records.viewOf(household);
        }
        if (household.status == HouseholdStatus.RESETTLED) {
            throw new ConflictException("The household is already resettled; its plot can no longer change.");
        }
        if (records.another(household, "plotId = ?1", assignment.plotId()).isPresent()) {
            throw plotTaken();
        }
        Map<String, Object> before = records.snapshot(household);
        household.plotId = assignment.plotId();
        try {
            Flush.now(records.type() + " " + id);
        } catch (ConflictException e) {
            throw plotTaken(); // lost the race: the unique constraint let the other assignment win
        }
        records.recordChanges(household, before);
        return records.viewOf(household);
    }

    @Override
    protected RelocationHousehold newRecord(RelocationHouseholdInput input) {
        RelocationHousehold household = new RelocationHousehold();
        household.status = HouseholdStatus.SURVEYED;
        return household;
    }

    @Override
    protected void apply(RelocationHouseholdInput input, RelocationHousehold household) {
        List<FieldError> errors = new ArrayList<>();
        String idNumber = IdentityNumbers.normalize(input.idNumber());
        if (idNumber == null) {
            errors.add(new FieldError("idNumber", IDENTITY_NUMBER));
        }
        List<HouseholdMember> members = new ArrayList<>();
        List<HouseholdMember> given = input.members() == null ? List.of() : input.members();
        for (int i = 0; i < given.size(); i++) {
            HouseholdMember m = given.get(i);
            String number = null;
            if (m.idNumber() != null && !m.idNumber().isBlank()) {
                number = IdentityNumbers.normalize(m.idNumber());
                if (number == null) {
                    errors.add(new FieldError("members[" + i + "].idNumber", IDENTITY_NUMBER));
                }
            }
            members.add(new HouseholdMember(m.name().strip(), m.relation().strip(), number));
        }
        if (parcels.findByIdOptional(input.parcelId()).isEmpty()) {
            errors.add(new FieldError("parcelId", "names no land parcel"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String index = cipher.index(idNumber);
        if (records.another(household, "idNumberIndex = ?1", index).isPresent()) {
            throw new ConflictException("A household whose head has this identity number is already recorded.");
        }
        String phone = present(input.phone()) ? normalizePhone(input.phone()) : null;
        household.parcelId = input.parcelId();
        household.headName = input.headName().strip();
        household.idNumber = idNumber;
        household.idNumberIndex = index;
        household.phone = phone;
        household.phoneIndex = cipher.index(phone);
        household.members = write(members);
        household.memberCount = members.size();
        household.houseAreaM2 = Money.of(input.houseAreaM2());
        household.compensationCny = Money.of(input.compensationCny());
    }

    private static LocalDate lastMoveOn(RelocationHousehold h) {
        return h.resettledOn != null ? h.resettledOn : h.demolishedOn != null ? h.demolishedOn : h.contractSignedOn;
    }

    /** A household's dated step: its day kept in its column and, as reached, in its change history. */
    private void move(RelocationHousehold household, HouseholdStatus from, HouseholdStatus to, LocalDate on) {
        String dayField = switch (to) {
            case CONTRACT_SIGNED -> "contractSignedOn";
            case DEMOLISHED -> "demolishedOn";
            case RESETTLED -> "resettledOn";
            default -> "statusOn";
        };
        switch (to) {
            case CONTRACT_SIGNED -> household.contractSignedOn = on;
            case DEMOLISHED -> household.demolishedOn = on;
            case RESETTLED -> {
                if (household.plotId == null) {
                    throw new ConflictException(
                            "A household is resettled on its resettlement plot: assign a plot first.");
                }
                household.resettledOn = on;
            }
            default -> {
            }
        }
        household.status = to;
        // the day of the step: recorded as reached, not compared with what was there
        history.record(records.type(), household.id, dayField, null, on);
    }

    private static RelocationHouseholdView view(RelocationHousehold h, boolean personal, ObjectMapper json) {
        return new RelocationHouseholdView(h.id, h.version, h.parcelId,
                personal ? h.headName : null,
                personal ? h.idNumber : null,
                personal ? h.phone : null,
                personal ? read(h.members, json) : null,
                h.memberCount, h.houseAreaM2, h.compensationCny, h.status, List.copyOf(h.status.next()),
                h.contractSignedOn, h.demolishedOn, h.resettledOn, h.plotId,
                personal ? List.of() : RelocationHouseholdView.PERSONAL_FIELDS,
                personal ? null : REDACTION_NOTE, Audit.of(h));
    }

    private static ConflictException plotTaken() {
        return new ConflictException("That resettlement plot is already assigned to another household; choose a free plot.");
    }

    private String write(List<HouseholdMember> members) {
        try {
            return json.writeValueAsString(members);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<HouseholdMember> read(String members, ObjectMapper json) {
        try {
            return json.readValue(members, MEMBERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String normalizePhone(String phone) {
        return phone.replaceAll("[\\s-]", "");
    }
}
