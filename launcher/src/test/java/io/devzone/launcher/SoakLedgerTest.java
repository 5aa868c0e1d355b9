package io.devzone.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SoakLedgerTest {

    private final SoakLedger ledger = new SoakLedger();
    private final Map<SoakLedger.Key, SoakLedger.Content> stored = new HashMap<>();

    private SoakLedger.Key create(String id, int participants) {
        SoakLedger.Key key = new SoakLedger.Key("party-activities", id);
        SoakLedger.Content content = activity(id, participants, 0);
        ledger.created(key, content);
        stored.put(key, content);
        return key;
    }

    private static SoakLedger.Content activity(String title, Object participants, int version) {
        return SoakLedger.content(Map.of("title", title, "participantsCount", participants), version);
    }

    private SoakLedger.Check check(Map<String, List<String>> names) {
        return ledger.check(key -> Optional.ofNullable(stored.get(key)), names);
    }

    @Test
    void everyAcknowledgedWriteReadBackAsWrittenIsLossless() {
        create("a", 1);
        SoakLedger.Key b = create("b", 2);
        SoakLedger.Entry borrowed = ledger.borrow("party-activities").orElseThrow();
        SoakLedger.Content updated = activity(borrowed.key().id(), 9, 1);
        ledger.acknowledged(borrowed, updated);
        stored.put(borrowed.key(), updated);

        SoakLedger.Check check = check(Map.of("party-activities", List.of("a", "b")));

        assertTrue(check.lossless(), check.findings().toString());
        assertEquals(2, check.records());
        assertEquals(3, check.writes());
        assertTrue(stored.containsKey(b));
    }

    @Test
    void aRecordNotFoundIsMissingAndOneThatReadsOtherwiseIsChanged() {
        SoakLedger.Key gone = create("gone", 1);
        SoakLedger.Key other = create("other", 1);
        stored.remove(gone);
        stored.put(other, activity("other", 1, 1)); // a version the soak was never answered

        SoakLedger.Check check = check(Map.of());

        assertFalse(check.lossless());
        assertEquals(1, check.missing());
        assertEquals(1, check.changed());
        assertTrue(check.findings().get(1).startsWith("changed: Key[collection=party-activities, id=other]"),
                check.findings().toString());
    }

    @Test
    void aNameListedTwiceIsADuplicatedWrite() {
        create("a", 1);

        SoakLedger.Check check = check(Map.of("party-activities", List.of("a", "a", "a", "b")));

        assertEquals(2, check.duplicated());
        assertFalse(check.lossless());
    }

    @Test
    void anUnansweredWriteMayHaveBeenAppliedOrNotAndItsRecordIsWrittenNoMore() {
        SoakLedger.Key key = create("a", 1);
        SoakLedger.Entry borrowed = ledger.borrow("party-activities").orElseThrow();
        SoakLedger.Content attempted = activity("a", 2, 1);
        ledger.unanswered(borrowed, attempted);

        assertTrue(ledger.borrow("party-activities").isEmpty(), "a record in doubt is lent no more");
        assertTrue(check(Map.of()).lossless(), "not applied");
        stored.put(key, attempted);
        SoakLedger.Check applied = check(Map.of());
        assertTrue(applied.lossless(), "applied");
        assertEquals(1, applied.unansweredApplied());
    }

    @Test
    void aBorrowedRecordIsLentToOneRequestAtATime() {
        create("a", 1);
        SoakLedger.Entry first = ledger.borrow("party-activities").orElseThrow();

        assertTrue(ledger.borrow("party-activities").isEmpty());
        assertTrue(ledger.borrow("land-parcels").isEmpty());
        ledger.release(first);
        assertEquals(first.key(), ledger.borrow("party-activities").orElseThrow().key());
    }

    @Test
    void numbersCompareByValue() {
        assertEquals(SoakLedger.content(Map.of("areaMu", "12.50"), 3), SoakLedger.content(Map.of("areaMu", 12.5), 3));
        assertEquals("1001000", SoakLedger.normalised(new java.math.BigDecimal("1001000.00")));
    }
}
