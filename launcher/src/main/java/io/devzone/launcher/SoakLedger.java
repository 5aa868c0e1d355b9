package io.devzone.launcher;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * Every write the soak sent and was answered 2xx for, by record: what the record must read back as at the end. A
 * record is lent to one request at a time ({@link #borrow}), so the soak's own writes never race each other and every
 * conflict it meets is one it meant. A write left unanswered (a timeout, a dropped connection) may or may not have
 * been applied: the record then reads back as either, and is written no more.
 */
final class SoakLedger {

    /** A record by its collection ({@code investment-projects}, …) and id. */
    record Key(String collection, String id) {
    }

    /** What a record holds: the compared fields (as text, numbers without trailing zeros) and its version. */
    record Content(Map<String, String> fields, int version) {
    }

    /** One record's acknowledged state, and the states an unanswered write may have left instead. */
    static final class Entry {
        private final Key key;
        private Content acknowledged;
        private final List<Content> unanswered = new ArrayList<>();
        private int writes = 1;
        private boolean lent;

        private Entry(Key key, Content content) {
            this.key = key;
            this.acknowledged = content;
        }

        Key key() {
            return key;
        }

        Content acknowledged() {
            return acknowledged;
        }
    }

    /** The read-back of every acknowledged write. */
    record Check(int records, int writes, int missing, int changed, int duplicated, int unansweredApplied,
                 List<String> findings) {

        boolean lossless() {
            return missing == 0 && changed == 0 && duplicated == 0;
        }
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>();

    synchronized void created(Key key, Content content) {
        entries.put(key, new Entry(key, content));
    }

    /** A record of this collection no other request writes now and no unanswered write left in doubt, if any. */
    synchronized Optional<Entry> borrow(String collection) {
        List<Entry> free = entries.values().stream()
                .filter(e -> e.key.collection().equals(collection) && !e.lent && e.unanswered.isEmpty()).toList();
        if (free.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = free.get(ThreadLocalRandom.current().nextInt(free.size()));
        entry.lent = true;
        return Optional.of(entry);
    }

    /** The write on a borrowed record was answered 2xx with this content. */
    synchronized void acknowledged(Entry entry, Content content) {
        entry.acknowledged = content;
        entry.writes++;
        entry.lent = false;
    }

    /** A borrowed record is given back unchanged (read, or its write refused): it may be written again. */
    synchronized void release(Entry entry) {
        entry.lent = false;
    }

    /** The write on a borrowed record got no answer: it may have been applied, so either state is right. */
    synchronized void unanswered(Entry entry, Content attempted) {
        entry.unanswered.add(attempted);
        entry.lent = false;
    }

    synchronized int records() {
        return entries.size();
    }

    synchronized List<String> collections() {
        return entries.keySet().stream().map(Key::collection).distinct().toList();
    }

    /**
     * Reads every record back and compares it with its acknowledged state.
     *
     * @param readBack      a record as it is now, empty when it is not found
     * @param namesFound    per collection, the name of every record the soak's run made that the service lists
     *                      (the soak names each create uniquely, so a name listed twice is a duplicated write)
     */
    synchronized Check check(Function<Key, Optional<Content>> readBack, Map<String, List<String>> namesFound) {
        int missing = 0;
        int changed = 0;
        int unansweredApplied = 0;
        int writes = 0;
        List<String> findings = new ArrayList<>();
        for (Entry entry : entries.values()) {
            writes += entry.writes;
            Optional<Content> now = readBack.apply(entry.key);
            if (now.isEmpty()) {
                missing++;
                findings.add("missing: " + entry.key);
            } else if (!now.get().equals(entry.acknowledged)) {
                if (entry.unanswered.contains(now.get())) {
                    unansweredApplied++;
                } else {
                    changed++;
                    findings.add("changed: " + entry.key + " reads " + now.get() + ", acknowledged "
                            + entry.acknowledged);
                }
            }
        }
        int duplicated = 0;
        for (Map.Entry<String, List<String>> listed : namesFound.entrySet()) {
            Map<String, Integer> counts = new HashMap<>();
            listed.getValue().forEach(name -> counts.merge(name, 1, Integer::sum));
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                if (count.getValue() > 1) {
                    duplicated += count.getValue() - 1;
                    findings.add("duplicated: " + listed.getKey() + " named " + count.getKey() + " "
                            + count.getValue() + " times");
                }
            }
        }
        return new Check(entries.size(), writes, missing, changed, duplicated, unansweredApplied, findings);
    }

    static Content content(Map<String, ?> fields, int version) {
        Map<String, String> text = new LinkedHashMap<>();
        fields.forEach((name, value) -> text.put(name, normalised(value)));
        return new Content(text, version);
    }

    /** Numbers compare by value ({@code 12.50} is {@code 12.5}), everything else by its text. */
    static String normalised(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value);
        if (value instanceof Number || text.matches("-?\\d+(\\.\\d+)?")) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        return text;
    }
}
