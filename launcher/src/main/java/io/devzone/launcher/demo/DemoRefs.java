package io.devzone.launcher.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * The ids demo requests created, by the name ({@code ref}) their script gave them, shared by the scripts of all
 * services so that one department's data can point at another's ({@code {{project.hongtong}}}), and the latest
 * {@code version} seen for each id ({@code {{project.hongtong.version}}}), for updates that must send it.
 */
public final class DemoRefs {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([A-Za-z0-9_.-]+)}}");
    private static final String VERSION_SUFFIX = ".version";

    private final boolean lenient;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, Integer> versions = new HashMap<>();

    private DemoRefs(boolean lenient) {
        this.lenient = lenient;
    }

    /** An unknown name is an error: for loading the whole suite, where every name must have been defined. */
    public static DemoRefs strict() {
        return new DemoRefs(false);
    }

    /**
     * An unknown name stands for a fresh random id: for a service test that replays its own script without the
     * services it points at.
     */
    public static DemoRefs lenient() {
        return new DemoRefs(true);
    }

    public String id(String name) {
        String id = ids.get(name);
        if (id == null) {
            if (!lenient) {
                throw new DemoDataException("no demo record is named '" + name + "' (yet)");
            }
            id = UUID.randomUUID().toString();
            ids.put(name, id);
        }
        return id;
    }

    void remember(String name, String id) {
        if (ids.putIfAbsent(name, id) != null) {
            throw new DemoDataException("the name '" + name + "' is given to two demo records");
        }
    }

    /** Notes the version of the record a response shows, for a later {@code {{name.version}}}. */
    void seen(JsonNode response) {
        if (response != null && response.hasNonNull("id") && response.path("version").canConvertToInt()) {
            versions.put(response.get("id").asText(), response.get("version").asInt());
        }
    }

    String resolve(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(id(matcher.group(1))));
        }
        return matcher.appendTail(resolved).toString();
    }

    /** A copy of a request body with every placeholder replaced. */
    JsonNode resolve(JsonNode body) {
        if (body == null) {
            return null;
        }
        if (body.isTextual()) {
            return resolveText(body.asText());
        }
        JsonNode copy = body.deepCopy();
        if (copy.isObject()) {
            ObjectNode object = (ObjectNode) copy;
            object.fieldNames().forEachRemaining(name -> object.set(name, resolve(body.get(name))));
        } else if (copy.isArray()) {
            for (int i = 0; i < copy.size(); i++) {
                ((com.fasterxml.jackson.databind.node.ArrayNode) copy).set(i, resolve(body.get(i)));
            }
        }
        return copy;
    }

    private JsonNode resolveText(String text) {
        Matcher whole = PLACEHOLDER.matcher(text);
        if (whole.matches() && whole.group(1).endsWith(VERSION_SUFFIX)) {
            String name = whole.group(1).substring(0, whole.group(1).length() - VERSION_SUFFIX.length());
            Integer version = versions.get(id(name));
            if (version == null) {
                throw new DemoDataException("no version has been seen for the demo record '" + name + "'");
            }
            return IntNode.valueOf(version);
        }
        return TextNode.valueOf(resolve(text));
    }
}
