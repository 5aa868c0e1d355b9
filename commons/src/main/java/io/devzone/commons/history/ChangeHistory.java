package io.devzone.commons.history;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.devzone.commons.security.CurrentUser;

/**
 * Keeps the readable history (who, when, old and new value) of the fields whose changes matter: stages, statuses
 * and every money field. Services call {@link #record} inside the transaction that makes the change, so a change
 * and its record stand or fall together.
 */
@ApplicationScoped
public class ChangeHistory {

    private final CurrentUser currentUser;

    ChangeHistory(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Records that {@code field} of the record went from {@code oldValue} to {@code newValue}; nothing if equal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String recordType, UUID recordId, String field, Object oldValue, Object newValue) {
        if (same(oldValue, newValue)) {
            return;
        }
        ChangeRecord change = new ChangeRecord();
        change.recordType = recordType;
        change.recordId = recordId;
        change.field = field;
        change.oldValue = text(oldValue);
        change.newValue = text(newValue);
        change.changedAt = Instant.now();
        change.changedBy = currentUser.username();
        change.persist();
    }

    /** Every recorded change of the record, oldest first. */
    public List<ChangeView> of(String recordType, UUID recordId) {
        return ChangeRecord.<ChangeRecord> list("recordType = ?1 and recordId = ?2 order by changedAt, id",
                recordType, recordId).stream().map(ChangeView::of).toList();
    }

    /** Every recorded change of each of these records, oldest first, in one query: for a list of parents at once. */
    public Map<UUID, List<ChangeView>> ofEach(String recordType, Collection<UUID> recordIds) {
        if (recordIds.isEmpty()) {
            return Map.of();
        }
        return ChangeRecord.<ChangeRecord> list("recordType = ?1 and recordId in ?2 order by changedAt, id",
                recordType, recordIds).stream().collect(Collectors.groupingBy(change -> change.recordId,
                        Collectors.mapping(ChangeView::of, Collectors.toList())));
    }

    private static boolean same(Object oldValue, Object newValue) {
        if (oldValue instanceof BigDecimal a && newValue instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(oldValue, newValue);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal amount) {
            return amount.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }
}
