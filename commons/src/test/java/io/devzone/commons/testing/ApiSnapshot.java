package io.devzone.commons.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.NamedNode;
import graphql.language.ObjectTypeDefinition;
import graphql.parser.Parser;

/**
 * The API a service shows its callers, pinned: its OpenAPI document and its GraphQL SDL must equal the files
 * committed in {@code src/test/resources/api/} ({@code openapi.json}, {@code schema.graphql.snap}; CONVENTIONS.md, "The API is pinned"). A refactoring leaves both
 * alone; a deliberate API change rewrites them with {@code -Ddevzone.api-snapshot.write=true} and commits the
 * difference for review. Both are compared as documents, not as text: the order of JSON keys, of GraphQL types and
 * of their fields carries no meaning, so moving code between classes does not count as a change.
 * A service's {@code @QuarkusTest} subclass inherits the two tests.
 */
public abstract class ApiSnapshot {

    private static final Path FOLDER = Path.of("src/test/resources/api");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @Test
    void openApiDocumentIsThePinnedOne() throws IOException {
        String served = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        JsonNode actual = JSON.readTree(served);
        Path pinned = FOLDER.resolve("openapi.json");
        if (writing()) {
            write(pinned, JSON.writeValueAsString(JSON.treeToValue(actual, Object.class)));
        }
        List<String> differences = new ArrayList<>();
        compare("", JSON.readTree(Files.readString(pinned)), actual, differences);
        assertEquals(List.of(), differences, "the OpenAPI document differs from " + pinned
                + " at these JSON pointers (pinned → served; see the class comment)");
    }

    @Test
    void graphQLSchemaIsThePinnedOne() throws IOException {
        String served = given().auth().oauth2(TestTokens.leader()).get("/graphql/schema.graphql").then()
                .statusCode(200).extract().asString();
        Path pinned = FOLDER.resolve("schema.graphql.snap");
        if (writing()) {
            write(pinned, canonical(served));
        }
        assertEquals(canonical(Files.readString(pinned)), canonical(served),
                "the GraphQL schema differs from " + pinned + " (see the class comment)");
    }

    /** Each place where the served document differs from the pinned one, as a JSON pointer and both values. */
    private static void compare(String pointer, JsonNode pinned, JsonNode served, List<String> differences) {
        if (pinned != null && served != null && pinned.isObject() && served.isObject()) {
            Set<String> names = new TreeSet<>();
            pinned.fieldNames().forEachRemaining(names::add);
            served.fieldNames().forEachRemaining(names::add);
            names.forEach(name -> compare(pointer + "/" + name.replace("~", "~0").replace("/", "~1"),
                    pinned.get(name), served.get(name), differences));
        } else if (pinned != null && served != null && pinned.isArray() && served.isArray()
                && pinned.size() == served.size()) {
            for (int i = 0; i < pinned.size(); i++) {
                compare(pointer + "/" + i, pinned.get(i), served.get(i), differences);
            }
        } else if (!Objects.equals(pinned, served)) {
            differences.add(pointer + ": " + pinned + " → " + served);
        }
    }

    /** The SDL printed back in one order: definitions, fields and enum values by name; all else as it is. */
    static String canonical(String sdl) {
        return Parser.parse(sdl).getDefinitions().stream().map(ApiSnapshot::sorted).map(AstPrinter::printAst)
                .sorted().collect(Collectors.joining("\n\n"));
    }

    private static Definition<?> sorted(Definition<?> definition) {
        if (definition instanceof ObjectTypeDefinition type) {
            return type.transform(t -> t.fieldDefinitions(byName(type.getFieldDefinitions())));
        }
        if (definition instanceof InterfaceTypeDefinition type) {
            return type.transform(t -> t.definitions(byName(type.getFieldDefinitions())));
        }
        if (definition instanceof InputObjectTypeDefinition type) {
            return type.transform(t -> t.inputValueDefinitions(byName(type.getInputValueDefinitions())));
        }
        if (definition instanceof EnumTypeDefinition type) {
            return type.transform(t -> t.enumValueDefinitions(byName(type.getEnumValueDefinitions())));
        }
        return definition;
    }

    private static <T extends NamedNode<T>> List<T> byName(List<T> nodes) {
        return nodes.stream().sorted(Comparator.comparing(NamedNode::getName)).toList();
    }

    private static boolean writing() {
        return Boolean.getBoolean("devzone.api-snapshot.write");
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content.endsWith("\n") ? content : content + "\n");
    }
}
