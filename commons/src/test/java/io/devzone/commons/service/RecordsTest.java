package io.devzone.commons.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.devzone.commons.audit.AuditedEntity;
import io.devzone.commons.error.ConflictException;
import io.devzone.commons.query.Criteria;
import io.devzone.commons.query.PageRequest;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** What Records decides before any SQL; reading and writing records is every service's tests'. */
class RecordsTest {

    static class Grant extends AuditedEntity {
        BigDecimal amountCny;
        String purpose;
    }

    private final PanacheRepositoryBase<Grant, UUID> grants = new PanacheRepositoryBase<>() {
    };

    static class Award extends AuditedEntity {
        UUID enterpriseId;
        String title;
    }

    /** Awards as the database would answer the one query asked: what it was asked is kept. */
    static class Awards implements PanacheRepositoryBase<Award, UUID> {
        final List<Award> stored = new ArrayList<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public List<Award> list(String query, Object... params) {
            asked.add(query);
            return stored.stream().filter(a -> ((Collection<?>) params[0]).contains(a.enterpriseId)).toList();
        }
    }

    private static Award award(UUID enterpriseId, String title) {
        Award award = new Award();
        award.enterpriseId = enterpriseId;
        award.title = title;
        return award;
    }

    @Test
    void theTrackedFieldsAreSnapshotByName() {
        Records<Grant, String> records = Records.of(grants, g -> g.purpose);
        Grant grant = new Grant();
        grant.amountCny = new BigDecimal("1.50");
        grant.purpose = "roads";
        assertEquals(Map.of(), records.snapshot(grant), "nothing is tracked of a type without history");
        assertEquals("Grant", records.type());
        assertEquals("roads", records.viewOf(grant));
    }

    @Test
    void aTypeWithHistoryTracksTheFieldsItDeclaresUnderItsEntitysName() {
        Records<Grant, String> records = Records.withHistory(grants, g -> g.purpose)
                .tracking("amountCny", g -> g.amountCny);
        Grant grant = new Grant();
        grant.amountCny = new BigDecimal("1.50");
        grant.purpose = "roads";
        assertEquals(Map.of("amountCny", new BigDecimal("1.50")), records.snapshot(grant));
        assertEquals("Grant 'roads'", records.namedBy(g -> g.purpose).describe(grant));
    }

    @Test
    void aNewRecordIsItsEntitysBlankOne() {
        Grant blank = Records.of(grants, g -> g.purpose).blank();
        assertEquals(null, blank.id);
        assertEquals(null, blank.purpose);
    }

    @Test
    void aTypeWithoutHistoryCannotTrackNorTellItsHistory() {
        Records<Grant, String> records = Records.of(grants, g -> g.purpose);
        assertThrows(IllegalStateException.class, () -> records.tracking("amountCny", g -> g.amountCny));
        assertThrows(IllegalStateException.class, () -> records.history(UUID.randomUUID()));
    }

    @Test
    void eachParentsRecordsAreReadInOneQueryByTheDeclaredParent() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID none = UUID.randomUUID();
        Awards awards = new Awards();
        awards.stored.addAll(List.of(award(second, "b1"), award(first, "a1"), award(second, "b2")));
        Records<Award, String> records = Records.of(awards, a -> a.title)
                .childOf("enterpriseId", a -> a.enterpriseId, "title, id");
        assertEquals(List.of(List.of("a1"), List.of(), List.of("b1", "b2")),
                records.viewsOfEach(List.of(first, none, second)), "one list per parent, in the parents' order");
        assertEquals(List.of("enterpriseId in ?1 order by title, id"), awards.asked,
                "one query, in the declared order");
        assertEquals(Map.of(first, List.of("a1"), second, List.of("b1", "b2")),
                records.viewsByParent(List.of(first, second, none)), "by parent, none for a parent without records");
        awards.asked.clear();
        assertEquals(List.of(), records.viewsOfEach(List.of()));
        assertEquals(List.of(), awards.asked, "no parents, no query");
    }

    /** Grants as the database would answer a query for one: what it was asked, and with which hints, is kept. */
    static class Grants implements PanacheRepositoryBase<Grant, UUID> {
        final List<Grant> stored = new ArrayList<>();
        final List<Object[]> asked = new ArrayList<>();
        final List<String> hints = new ArrayList<>();

        @Override
        @SuppressWarnings("unchecked")
        public PanacheQuery<Grant> find(String query, Object... params) {
            asked.add(new Object[] { query, List.of(params) });
            return (PanacheQuery<Grant>) Proxy.newProxyInstance(PanacheQuery.class.getClassLoader(),
                    new Class<?>[] { PanacheQuery.class }, (proxy, method, args) -> switch (method.getName()) {
                        case "withHint" -> {
                            hints.add(args[0] + "=" + args[1]);
                            yield proxy;
                        }
                        case "firstResultOptional" -> stored.stream().findFirst();
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    @Test
    void anotherRecordIsSoughtBesideTheOneAtHandOrAnyForANewOne() {
        Grants named = new Grants();
        Grant taken = new Grant();
        named.stored.add(taken);
        List<Object[]> asked = named.asked;
        Records<Grant, String> records = Records.of(named, g -> g.purpose);
        Grant fresh = new Grant();
        assertEquals(Optional.of(taken), records.another(fresh, "purpose = ?1 and year = ?2", "roads", 2011));
        assertEquals("purpose = ?1 and year = ?2 and id <> ?3", asked.get(0)[0]);
        assertEquals(List.of("roads", 2011, new UUID(0, 0)), asked.get(0)[1], "a new record is none of the stored");
        Grant kept = new Grant();
        kept.id = UUID.randomUUID();
        records.another(kept, "purpose = ?1", "roads");
        assertEquals("purpose = ?1 and id <> ?2", asked.get(1)[0]);
        assertEquals(List.of("roads", kept.id), asked.get(1)[1], "a stored record is not its own other");
    }

    @Test
    void aUniqueNameIsSoughtAmongTheOthersWithoutWritingTheRecordsOwnChangeFirst() {
        Grants named = new Grants();
        Records<Grant, String> records = Records.of(named, g -> g.purpose)
                .unique("lower(purpose) = lower(?1) and amountCny = ?2",
                        g -> "A grant for '" + g.purpose + "' already exists.", g -> g.purpose, g -> g.amountCny);
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        grant.purpose = "Roads";
        grant.amountCny = BigDecimal.TEN;
        assertDoesNotThrow(() -> records.checkUnique(grant), "no other holds it");
        assertEquals("lower(purpose) = lower(?1) and amountCny = ?2 and id <> ?3", named.asked.get(0)[0]);
        assertEquals(List.of("Roads", BigDecimal.TEN, grant.id), named.asked.get(0)[1],
                "the record's values, not itself");
        assertEquals(List.of("org.hibernate.flushMode=COMMIT"), named.hints,
                "asked without flushing the record's change: written, it would be the duplicate");
        named.stored.add(new Grant());
        assertEquals("A grant for 'Roads' already exists.",
                assertThrows(ConflictException.class, () -> records.checkUnique(grant)).getMessage());
    }

    @Test
    void aNameNoTwoRecordsHoldIsComparedAsDeclaredAndRefusedInOneWording() {
        Grants named = new Grants();
        named.stored.add(new Grant());
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        grant.purpose = "Roads";
        Records<Grant, String> ignoringCase = Records.of(named, g -> g.purpose)
                .namedUniquely("a grant", "name", g -> g.purpose, Records.NameMatching.IGNORING_CASE);
        assertEquals("A grant named 'Roads' already exists.",
                assertThrows(ConflictException.class, () -> ignoringCase.checkUnique(grant)).getMessage());
        assertEquals("lower(name) = lower(?1) and id <> ?2", named.asked.get(0)[0]);
        assertEquals(List.of("Roads", grant.id), named.asked.get(0)[1]);
        assertEquals("Grant 'Roads'", ignoringCase.describe(grant), "the name names the record in other conflicts");
        Records<Grant, String> exactly = Records.of(named, g -> g.purpose)
                .namedUniquely("an investment grant", "caseNumber", g -> g.purpose, Records.NameMatching.EXACTLY);
        assertEquals("An investment grant with case number 'Roads' already exists.",
                assertThrows(ConflictException.class, () -> exactly.checkUnique(grant)).getMessage());
        assertEquals("caseNumber = ?1 and id <> ?2", named.asked.get(1)[0]);
    }

    /** Rows that name a record in a field, as counted and deleted by it. */
    static class Naming implements PanacheRepositoryBase<Award, UUID> {
        final Map<UUID, Long> counts = new HashMap<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public long count(String field, Object... params) {
            asked.add("count " + field);
            return counts.getOrDefault((UUID) params[0], 0L);
        }

        @Override
        public long delete(String field, Object... params) {
            asked.add("delete " + field + " " + params[0]);
            return 0;
        }
    }

    @Test
    void aRecordInUseIsRefusedDeletionInTheOrderDeclaredInItsOwnWords() {
        Naming plots = new Naming();
        Naming honours = new Naming();
        Records<Grant, String> records = Records.of(grants, g -> g.purpose)
                .inUseBy(plots, "grantId", g -> "Grant " + g.purpose + " still has plots")
                .inUseBy(honours, "grantId", g -> "Grant " + g.purpose + " has honours");
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        grant.purpose = "roads";
        assertDoesNotThrow(() -> records.checkUnused(grant), "nothing names it");
        honours.counts.put(grant.id, 1L);
        assertEquals("Grant roads has honours",
                assertThrows(ConflictException.class, () -> records.checkUnused(grant)).getMessage());
        plots.counts.put(grant.id, 2L);
        assertEquals("Grant roads still has plots",
                assertThrows(ConflictException.class, () -> records.checkUnused(grant)).getMessage(),
                "the first declared that names it is told");
        assertEquals(List.of("count grantId", "count grantId"), honours.asked,
                "honours were asked while no plot named it, no more once one did");
    }

    @Test
    void aRecordsOwnRowsGoWithIt() {
        Naming problems = new Naming();
        List<Grant> deleted = new ArrayList<>();
        PanacheRepositoryBase<Grant, UUID> kept = new PanacheRepositoryBase<>() {
            @Override
            public void delete(Grant grant) {
                problems.asked.add("delete the grant");
                deleted.add(grant);
            }
        };
        Records<Grant, String> records = Records.of(kept, g -> g.purpose).owning(problems, "grantId");
        Grant grant = new Grant();
        grant.id = UUID.randomUUID();
        // the flush after needs a database (the services' tests delete for real): here only what went before it
        assertThrows(RuntimeException.class, () -> records.delete(grant));
        assertEquals(List.of("delete grantId " + grant.id, "delete the grant"), problems.asked,
                "its own rows first, then the record");
    }

    @Test
    void aTypeWithoutAParentCannotBeReadByParent() {
        Records<Grant, String> records = Records.of(grants, g -> g.purpose);
        var refused = assertThrows(IllegalStateException.class, () -> records.viewsOfEach(List.of(UUID.randomUUID())));
        assertEquals("Grant declares no parent", refused.getMessage());
    }

    @Test
    void aListNeedsItsSortableFieldsDeclared() {
        Records<Grant, String> records = Records.of(grants, g -> g.purpose);
        var refused = assertThrows(IllegalStateException.class,
                () -> records.page(new Criteria(), PageRequest.of(0, 20, null)));
        assertEquals("Grant declares no sortable fields", refused.getMessage());
    }
}
