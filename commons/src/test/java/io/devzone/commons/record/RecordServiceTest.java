package io.devzone.commons.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.InvalidInputException;
import io.devzone.commons.service.Records;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** What RecordService decides before any SQL of its own; the use cases themselves are every service's tests'. */
class RecordServiceTest {

    static class Enterprise extends AuditedEntity {
    }

    static class Honour extends AuditedEntity {
    }

    record HonourView(UUID id) implements RecordView {
    }

    record HonourInput(Integer version, UUID enterpriseId) implements RecordInput {
    }

    static class HonourFilter implements RecordFilter {
    }

    private final Enterprise stored = new Enterprise();
    private final UUID storedId = UUID.randomUUID();
    private final RecordService<Honour, HonourView, HonourInput, HonourFilter> honours = new RecordService<>(
            Records.of(new PanacheRepositoryBase<Honour, UUID>() {
            }, h -> new HonourView(h.id))) {
        @Override
        protected void apply(HonourInput input, Honour record) {
        }
    };

    RecordServiceTest() {
        // the database as the service's EntityManager finds its records: one enterprise stored
        honours.entityManager = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
                new Class<?>[] { EntityManager.class }, (proxy, method, args) -> method.getName().equals("find")
                        && args[0] == Enterprise.class ? Map.of(storedId, stored).get(args[1]) : null);
    }

    @Test
    void aReferenceToAnExistingRecordAnswersIt() {
        assertSame(stored, honours.referenced(Enterprise.class, "enterpriseId", storedId, "names no enterprise"));
    }

    @Test
    void aReferenceToNoRecordIsRefusedAtItsFieldInTheAggregatesWords() {
        UUID unknown = UUID.randomUUID();
        var refused = assertThrows(InvalidInputException.class,
                () -> honours.referenced(Enterprise.class, "enterpriseId", unknown, "names no enterprise: " + unknown));
        assertEquals(1, refused.errors().size());
        assertEquals("enterpriseId", refused.errors().get(0).field());
        assertEquals("names no enterprise: " + unknown, refused.errors().get(0).message());
    }

    @Test
    void aReferenceIsLookedUpAsItsOwnType() {
        var refused = assertThrows(InvalidInputException.class,
                () -> honours.referenced(Honour.class, "honourId", storedId, "names no honour"));
        assertEquals("honourId", refused.errors().get(0).field());
    }
}
