package io.devzone.gateway.composition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.DirectiveDefinition;
import graphql.language.Document;
import graphql.language.NamedNode;
import graphql.language.Node;
import graphql.language.TypeName;
import graphql.parser.Parser;

/**
 * DevZone's three subgraphs as their pinned API snapshots ({@code <service>/src/test/resources/api/schema.graphql.snap},
 * the printed schema) make them: each as its {@code _service { sdl }} would read, the federation {@code @link}
 * added and every scalar declared. {@code supergraph/compose.mjs} does the same before Apollo's composition.
 */
public final class PinnedSubgraphs {

    private static final Map<String, String> MODULES = Map.of("investment", "investment-service", "land",
            "land-service", "party-affairs", "party-affairs-service");
    private static final Set<String> BUILT_IN = Set.of("String", "Int", "Float", "Boolean", "ID");

    private PinnedSubgraphs() {
    }

    public static List<SubgraphSdl> all() {
        return List.of(of("investment", 8081), of("land", 8082), of("party-affairs", 8083));
    }

    private static SubgraphSdl of(String name, int port) {
        String printed;
        try {
            printed = Files.readString(Path.of("..", MODULES.get(name), "src/test/resources/api/schema.graphql.snap"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Document document = Parser.parse(printed);
        List<Definition<?>> kept = new ArrayList<>();
        Set<String> defined = new LinkedHashSet<>();
        for (Definition<?> definition : document.getDefinitions()) {
            String named = definition instanceof NamedNode<?> n ? n.getName() : "";
            boolean directive = definition instanceof DirectiveDefinition;
            if (directive ? named.equals("constraint") : !Federation.isProtocolType(named)) {
                kept.add(definition);
                defined.add(named);
            }
        }
        Set<String> used = new LinkedHashSet<>();
        kept.forEach(definition -> typeNames(definition, used));
        StringBuilder sdl = new StringBuilder("extend schema @link(url: \"https://specs.apollo.dev/federation/v2.3\", "
                + "import: [\"@key\", \"@shareable\"])\n");
        used.stream().filter(type -> !defined.contains(type) && !BUILT_IN.contains(type) && !type.startsWith("_"))
                .forEach(scalar -> sdl.append("scalar ").append(scalar).append('\n'));
        kept.forEach(definition -> sdl.append(AstPrinter.printAst(definition)).append('\n'));
        return new SubgraphSdl(name, "http://localhost:" + port + "/graphql", sdl.toString());
    }

    private static void typeNames(Node<?> node, Set<String> names) {
        if (node instanceof TypeName type) {
            names.add(type.getName());
        }
        node.getChildren().forEach(child -> typeNames(child, names));
    }
}
