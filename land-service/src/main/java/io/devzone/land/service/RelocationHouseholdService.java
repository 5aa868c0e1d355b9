package io.devzone.land.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.FieldError;
import io.devzone.commons.error.Flush;
import io.devzone.commons.error.InputValidator;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.history.ChangeHistory;
import io.devzone.commons.history.ChangeView;
import io.devzone.commons.personaldata.PersonalDataCipher;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.Page;
import io.devzone.commons.query.PageRequest;
import io.devzone.commons.security.AccessGuard;
import io.devzone.commons.security.ReadAccess;
import io.devzone.commons.security.WriteAccess;
import io.devzone.commons.service.Records;
import io.devzone.land.domain.HouseholdStatus;
import io.devzone.land.domain.LandParcelRepository;
import io.devzone.land.domain.RelocationHousehold;
import io.devzone.land.domain.RelocationHouseholdRepository;
import io.devzone.land.mapping.HouseholdMember;
import io.devzone.land.mapping.HouseholdStatusChange;
import io.devzone.land.mapping.PlotAssignment;
import io.devzone.land.mapping.RelocationHouseholdInput;
import io.devzone.land.mapping.RelocationHouseholdView;

/**
 * 拆迁户: relocated households. Their personal data is encrypted at rest and shown only to the land department and
 * leaders; every compensation, status and plot change is on record.
 */
@ApplicationScoped
public class RelocationHouseholdService {

    static final String TYPE = "RelocationHousehold";
    static final String REDACTION_NOTE = "Personal data (head of household's name, identity number, phone, members)"
            + " is readable only by the land department and leaders; these fields were withheld.";
    private static final Map<String, String> SORTABLE = Map.of("status", "status", "compensationCny",
            "compensationCny", "houseAreaM2", "houseAreaM2", "contractSignedOn", "contractSignedOn",
            "resettledOn", "resettledOn", "createdAt", "createdAt");
    private static final TypeReference<List<HouseholdMember>> MEMBERS = new TypeReference<>() {
    };

    private final RelocationHouseholdRepository households;
    private final Records<RelocationHousehold, RelocationHouseholdView> records;
    private final LandParcelRepository parcels;
    private final ResettlementService resettlement;
    private final PersonalDataCipher cipher;
    private final InputValidator validator;
    private final ChangeHistory history;
    private final AccessGuard guard;
    private final ObjectMapper json;

    RelocationHouseholdService(RelocationHouseholdRepository households, LandParcelRepository parcels,
            ResettlementService resettlement, PersonalDataCipher cipher, InputValidator validator,
            ChangeHistory history, AccessGuard guard, ObjectMapper json) {
        this.households = households;
        this.parcels = parcels;
        this.resettlement = resettlement;
        this.cipher = cipher;
        this.validator = validator;
        this.history = history;
        this.guard = guard;
        this.json = json;
        // what the caller may see: personal data for the department and leaders only
        this.records = Records.of(households, TYPE, h -> view(h, guard.isOwnDepartmentOrLeader()), guard, history)
                .tracking("compensationCny", h -> h.compensationCny)
                .tracking("status", h -> h.status)
                .tracking("plotId", h -> h.plotId);
    }

    @ReadAccess
    public Page<RelocationHouseholdView> list(RelocationHouseholdFilter filter, PageRequest page) {
        RelocationHouseholdFilter f = filter == null ? new RelocationHouseholdFilter() : filter;
        String idIndex = null;
        String phoneIndex = null;
        if (present(f.idNumber) || present(f.phone)) {
            // searching by personal data would reveal it: the same rule as reading it
            guard.checkOwnDepartmentOrLeader();
            if (present(f.idNumber)) {
                String number = IdentityNumbers.normalize(f.idNumber);
                if (number == null) {
                    throw new InvalidInputException("idNumber", "must be an 18-character identity number with a valid check digit");
                }
                idIndex = cipher.index(number);
            }
            phoneIndex = present(f.phone) ? cipher.index(normalizePhone(f.phone)) : null;
        }
        Criteria criteria = new Criteria().equal("parcelId", f.parcelId).equal("status", f.status)
                .equal("plotId", f.plotId).equal("idNumberIndex", idIndex).equal("phoneIndex", phoneIndex);
        return records.page(criteria, page, SORTABLE, "createdAt");
    }

    @ReadAccess
    public RelocationHouseholdView get(UUID id) {
        return records.view(id);
    }

    @ReadAccess
    public List<RelocationHouseholdView> getAll(List<UUID> ids) {
        return records.viewAll(ids);
    }

    @ReadAccess
    public List<ChangeView> history(UUID id) {
        return records.history(id);
    }

    @WriteAccess
    @Transactional
    public RelocationHouseholdView create(RelocationHouseholdInput input) {
        validator.check(input, "relocationHousehold");
        RelocationHousehold household = new RelocationHousehold();
        household.status = HouseholdStatus.SURVEYED;
        apply(input, household);
        return view(records.create(household), true);
    }

    @WriteAccess
    @Transactional
    public RelocationHouseholdView update(UUID id, RelocationHouseholdInput input) {
        validator.check(input, "relocationHousehold");
        return view(records.update(id, input.version(), household -> apply(input, household)), true);
    }

    @WriteAccess
    @Transactional
    public RelocationHouseholdView changeStatus(UUID id, HouseholdStatusChange change) {
        validator.check(change, "statusChange");
        RelocationHousehold household = records.findAtVersion(id, change.version());
        Map<String, Object> before = records.snapshot(household);
        HouseholdStatus from = household.status;
        HouseholdStatus to = change.status();
        if (!from.canMoveTo(to)) {
            throw new ConflictException("A relocation household cannot move from " + from + " to " + to + "; "
                    + (from.next().isEmpty() ? from + " is its last status." : "allowed next status: " + from.next() + "."));
        }
        LocalDate last = lastDate(household);
        if (last != null && change.on().isBefore(last)) {
            throw new InvalidInputException("on", "must not be before the previous step's date " + last);
        }
        switch (to) {
            case CONTRACT_SIGNED -> household.contractSignedOn = change.on();
            case DEMOLISHED -> household.demolishedOn = change.on();
            case RESETTLED -> {
                if (household.plotId == null) {
                    throw new ConflictException("A household is resettled on its resettlement plot: assign a plot first.");
                }
                household.resettledOn = change.on();
            }
            default -> {
            }
        }
        household.status = to;
        Flush.now(TYPE + " " + id);
        records.recordChanges(household, before);
        // the day of the step: recorded as reached, not compared with what was there
        switch (to) {
            case CONTRACT_SIGNED -> history.record(TYPE, id, "contractSignedOn", null, change.on());
            case DEMOLISHED -> history.record(TYPE, id, "demolishedOn", null, change.on());
            case RESETTLED -> history.record(TYPE, id, "resettledOn", null, change.on());
            default -> history.record(TYPE, id, "statusOn", null, change.on());
        }
        return view(household, true);
    }

    @WriteAccess
    @Transactional
    public RelocationHouseholdView assignPlot(UUID id, PlotAssignment assignment) {
        validator.check(assignment, "plotAssignment");
        RelocationHousehold household = records.findAtVersion(id, assignment.version());
        resettlement.findPlot(assignment.plotId());
        if (assignment.plotId().equals(household.plotId)) {
            return view(household, true);
        }
        if (household.status == HouseholdStatus.RESETTLED) {
            throw new ConflictException("The household is already resettled; its plot can no longer change.");
        }
        if (households.count("plotId = ?1 and id <> ?2", assignment.plotId(), id) > 0) {
            throw plotTaken();
        }
        Map<String, Object> before = records.snapshot(household);
        household.plotId = assignment.plotId();
        try {
            Flush.now(TYPE + " " + id);
        } catch (ConflictException e) {
            throw plotTaken(); // lost the race: the unique constraint let the other assignment win
        }
        records.recordChanges(household, before);
        return view(household, true);
    }

    @WriteAccess
    @Transactional
    public void delete(UUID id) {
        records.delete(id);
    }

    private static ConflictException plotTaken() {
        return new ConflictException("That resettlement plot is already assigned to another household; choose a free plot.");
    }

    private static LocalDate lastDate(RelocationHousehold h) {
        return h.resettledOn != null ? h.resettledOn : h.demolishedOn != null ? h.demolishedOn : h.contractSignedOn;
    }

    private void apply(RelocationHouseholdInput input, RelocationHousehold household) {
        List<FieldError> errors = new ArrayList<>();
        String idNumber = IdentityNumbers.normalize(input.idNumber());
        if (idNumber == null) {
            errors.add(new FieldError("idNumber", "must be an 18-character identity number with a valid check digit"));
        }
        List<HouseholdMember> members = new ArrayList<>();
        List<HouseholdMember> given = input.members() == null ? List.of() : input.members();
        for (int i = 0; i < given.size(); i++) {
            HouseholdMember m = given.get(i);
            String number = null;
            if (m.idNumber() != null && !m.idNumber().isBlank()) {
                number = IdentityNumbers.normalize(m.idNumber());
                if (number == null) {
                    errors.add(new FieldError("members[" + i + "].idNumber",
                            "must be an 18-character identity number with a valid check digit"));
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
        if (households.count("idNumberIndex = ?1 and id <> ?2", index,
                household.id == null ? new UUID(0, 0) : household.id) > 0) {
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
        household.houseAreaM2 = Amounts.exact(input.houseAreaM2());
        household.compensationCny = Amounts.exact(input.compensationCny());
    }

    private RelocationHouseholdView view(RelocationHousehold h, boolean personal) {
        return new RelocationHouseholdView(h.id, h.version, h.parcelId,
                personal ? h.headName : null,
                personal ? h.idNumber : null,
                personal ? h.phone : null,
                personal ? read(h.members) : null,
                h.memberCount, h.houseAreaM2, h.compensationCny, h.status, List.copyOf(h.status.next()), h.contractSignedOn, h.demolishedOn,
                h.resettledOn, h.plotId, personal ? List.of() : RelocationHouseholdView.PERSONAL_FIELDS,
                personal ? null : REDACTION_NOTE, io.devzone.commons.audit.Audit.of(h));
    }

    private String write(List<HouseholdMember> members) {
        try {
            return json.writeValueAsString(members);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<HouseholdMember> read(String members) {
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
