package io.devzone.commons.audit;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.hibernate.annotations.UuidGenerator;

import io.devzone.commons.error.ConflictException;
import io.devzone.commons.error.InvalidInputException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * What every DevZone record carries: a UUID id (time-ordered, also its federation key), an optimistic-lock
 * version, and who created and last changed it when, taken from the caller's token.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue
    @UuidGenerator(style = UuidGenerator.Style.VERSION_7)
    public UUID id;

    @Version
    public int version;

    @Column(updatable = false)
    public Instant createdAt;

    @Column(updatable = false)
    public String createdBy;

    public Instant updatedAt;

    public String updatedBy;

    /**
     * Refuses an update made from a stale read: the caller sends the version it read, and loses
     * (409) when someone else has changed the record since.
     */
    public void checkVersion(Integer sent) {
        if (sent == null) {
            throw new InvalidInputException("version", "is required to update: send the version you read");
        }
        if (sent != version) {
            throw ConflictException.staleVersion(getClass().getSimpleName(), id, sent, version);
        }
    }

    /**
     * The records with these ids, read in one query and returned in the order asked, null where an id is null
     * or names no record: what batch resolvers ({@code _entities}) return.
     */
    public static <E extends AuditedEntity, T> List<T> findInOrder(PanacheRepositoryBase<E, UUID> repository,
            Class<E> type, List<UUID> ids, Function<E, T> view) {
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, E> byId = new HashMap<>();
        if (!wanted.isEmpty()) {
            // One array parameter (id = any(?)) through the entity's own loader: "id in ?1" with a list had its HQL
            // translated to SQL again on every call, three times the planning this costs (JFR samples)
            repository.getSession().findMultiple(type, wanted).stream().filter(Objects::nonNull)
                    .forEach(entity -> byId.put(entity.id, entity));
        }
        return ids.stream().map(id -> {
            E entity = id == null ? null : byId.get(id);
            return entity == null ? null : view.apply(entity);
        }).toList();
    }
}
