package io.devzone.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What an answer must never carry: Java class and package names, stack traces, SQL and database errors, the names
 * of the constraints and indexes the Flyway migrations create, host names, and the caller's own raw input.
 */
final class Leaks {

    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("\\b(java|javax|jakarta|sun|jdk)\\.[a-z]"),
            Pattern.compile("\\b(io\\.devzone|org\\.hibernate|io\\.quarkus|io\\.smallrye|io\\.vertx|io\\.netty"
                    + "|com\\.fasterxml|org\\.postgresql|org\\.jboss|org\\.eclipse|graphql\\.(execution|schema"
                    + "|language|validation))\\b"),
            Pattern.compile("\\bat [\\w.$<>]+\\([\\w$]+\\.java:\\d+\\)"),
            Pattern.compile("\\.java:\\d+"),
            Pattern.compile("\\b[A-Z][A-Za-z0-9]*(Exception|Throwable)\\b"),
            // a Java object's toString, e.g. graphql-java's EnumValue{name='X'} in a validation message
            Pattern.compile("\\b[A-Z][A-Za-z0-9]+\\{[a-z]+="),
            Pattern.compile("(?is)\\bselect\\b[^\"]{0,200}\\bfrom\\b"),
            Pattern.compile("(?i)\\binsert\\s+into\\b|\\bdelete\\s+from\\b|\\bupdate\\s+[a-z_]+\\s+set\\b"),
            Pattern.compile("(?i)SQL ?State|syntax error at or near|violates [a-z -]+ constraint|duplicate key value"
                    + "|invalid byte sequence|\\bjdbc:|(?-i:\\bERROR: )"),
            Pattern.compile("\\b[a-z][a-z0-9_]*_(pkey|fkey|check)\\b"),
            Pattern.compile("(?i)\\blocalhost\\b|\\b127\\.0\\.0\\.1\\b"));

    /** graphql-java's error classification (ValidationError, DataFetchingException): a category, not a leak. */
    private static final Pattern CLASSIFICATION = Pattern.compile("\"classification\"\\s*:\\s*\"[A-Za-z]+\"");

    private static final Pattern MIGRATION_NAMES = Pattern.compile(
            "(?i)\\b(?:constraint|index)\\s+(?:if\\s+not\\s+exists\\s+)?([a-z][a-z0-9_]+)");

    private static final Set<String> DATABASE_NAMES = databaseNames();
    private static final String HOST_NAME = hostName();

    private Leaks() {
    }

    /** What of the forbidden the answer carries, empty when nothing. */
    static List<String> in(String body, List<String> echoes) {
        List<String> found = new ArrayList<>();
        String text = CLASSIFICATION.matcher(body).replaceAll("");
        for (Pattern pattern : INTERNALS) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                found.add("internal detail '" + matcher.group() + "'");
            }
        }
        for (String name : DATABASE_NAMES) {
            if (Pattern.compile("\\b" + name + "\\b").matcher(text).find()) {
                found.add("database name '" + name + "'");
            }
        }
        if (HOST_NAME != null && Pattern.compile("\\b" + Pattern.quote(HOST_NAME) + "\\b").matcher(text).find()) {
            found.add("host name '" + HOST_NAME + "'");
        }
        for (String echo : echoes) {
            if (text.contains(echo)) {
                found.add("echoed input '" + echo + "'");
            }
        }
        return found;
    }

    /** Every constraint and index name the services' Flyway migrations create, commons' shared ones too. */
    private static Set<String> databaseNames() {
        Path root = Path.of(System.getProperty("devzone.repository.root", "..")).toAbsolutePath();
        Set<String> names = new LinkedHashSet<>();
        List<Path> locations = Stream.concat(
                Stream.of(Api.INVESTMENT, Api.LAND, Api.PARTY_AFFAIRS).map(s -> s + "/src/main/resources/db/migration"),
                Stream.of("commons/src/main/resources/db/commons")).map(root::resolve).toList();
        for (Path migrations : locations) {
            try (Stream<Path> files = Files.list(migrations)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
                    Matcher matcher = MIGRATION_NAMES.matcher(Files.readString(file));
                    while (matcher.find()) {
                        names.add(matcher.group(1).toLowerCase());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the migrations in " + migrations, e);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalStateException("No constraint names found in the migrations under " + root);
        }
        return names;
    }

    private static String hostName() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.length() >= 4 && !name.equals("localhost") ? name : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
