package io.devzone.commons.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.InvalidInputException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** What RecordService decides before any SQL of its own; the use cases themselves are every service's tests'. */
class RecordServiceTest {

    static class Enterprise extends AuditedEntity {
    }

    private final Enterprise stored = new Enterprise();
    private final UUID storedId = UUID.randomUUID();
    private final PanacheRepositoryBase<Enterprise, UUID> enterprises = new PanacheRepositoryBase<>() {
        @Override
        public Optional<Enterprise> findByIdOptional(UUID id) {
            return Optional.ofNullable(Map.of(storedId, stored).get(id));
        }
    };

    @Test
    void aReferenceToAnExistingRecordAnswersIt() {
        assertSame(stored, RecordService.referenced(enterprises, "enterpriseId", storedId, "names no enterprise"));
    }

    @Test
    void aReferenceToNoRecordIsRefusedAtItsFieldInTheAggregatesWords() {
        UUID unknown = UUID.randomUUID();
        var refused = assertThrows(InvalidInputException.class,
                () -> RecordService.referenced(enterprises, "enterpriseId", unknown, "names no enterprise: " + unknown));
        assertEquals(1, refused.errors().size());
        assertEquals("enterpriseId", refused.errors().get(0).field());
        assertEquals("names no enterprise: " + unknown, refused.errors().get(0).message());
    }
}
