package io.devzone.commons.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** What Records decides before any SQL; reading and writing records is every service's tests'. */
class RecordsTest {

    static class Grant extends AuditedEntity {
        BigDecimal amountCny;
        String purpose;
    }

    private final PanacheRepositoryBase<Grant, UUID> grants = new PanacheRepositoryBase<>() {
    };

    @Test
    void theTrackedFieldsAreSnapshotByName() {
        Records<Grant, String> records = Records.of(grants, "Grant", g -> g.purpose);
        Grant grant = new Grant();
        grant.amountCny = new BigDecimal("1.50");
        grant.purpose = "roads";
        assertEquals(Map.of(), records.snapshot(grant), "nothing is tracked of a type without history");
        assertEquals("Grant", records.type());
        assertEquals("roads", records.viewOf(grant));
    }

    @Test
    void aTypeWithoutHistoryCannotTrackNorTellItsHistory() {
        Records<Grant, String> records = Records.of(grants, "Grant", g -> g.purpose);
        assertThrows(IllegalStateException.class, () -> records.tracking("amountCny", g -> g.amountCny));
        assertThrows(IllegalStateException.class, () -> records.history(UUID.randomUUID()));
    }

    @Test
    void aListNeedsItsSortableFieldsDeclared() {
        Records<Grant, String> records = Records.of(grants, "Grant", g -> g.purpose);
        var refused = assertThrows(IllegalStateException.class,
                () -> records.page(new Criteria(), PageRequest.of(0, 20, null)));
        assertEquals("Grant declares no sortable fields", refused.getMessage());
    }
}
