package io.devzone.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Secrets and ConfigMaps an overlay expects the cluster to hold already: the rows of the table in the
 * overlay's SUPPLIED-BY-OPS.md ({@code | Secret | `name` | `key`, `key` | what |}), keyed "Kind name".
 */
record SuppliedByOps(Map<String, Set<String>> keysByObject) {

    static final String FILE = "SUPPLIED-BY-OPS.md";

    private static final Pattern ROW = Pattern.compile("^\\|\\s*(Secret|ConfigMap)\\s*\\|([^|]*)\\|([^|]*)\\|", Pattern.MULTILINE);

    static SuppliedByOps read(Path overlay) {
        Path file = overlay.resolve(FILE);
        if (!Files.exists(file)) {
            return new SuppliedByOps(Map.of());
        }
        Map<String, Set<String>> keysByObject = new TreeMap<>();
        try {
            Matcher row = ROW.matcher(Files.readString(file));
            while (row.find()) {
                Set<String> keys = new TreeSet<>();
                Arrays.stream(row.group(3).split(",")).map(SuppliedByOps::cell).filter(key -> !key.isEmpty()).forEach(keys::add);
                keysByObject.put(row.group(1) + " " + cell(row.group(2)), keys);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SuppliedByOps(keysByObject);
    }

    Optional<Set<String>> keys(String kind, String name) {
        return Optional.ofNullable(keysByObject.get(kind + " " + name));
    }

    private static String cell(String text) {
        return text.replace("`", "").trim();
    }
}
