package io.devzone.graphql.limits;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;

/**
 * What one GraphQL operation may cost, checked before it runs, the same at the gateway and in every service: the
 * query text's length, the parser's tokens, and the parsed operation's depth, aliases and fields (fragments counted
 * where they are spread). Introspection is not counted, so GraphiQL keeps working.
 * <p>
 * The check is linear in the document: each fragment is measured once and its measure reused at every spread, so a
 * few hundred bytes of fragments spreading each other twice cannot make it walk billions of fields.
 */
public final class QueryLimits {

    /** Configuration keys; the house defaults are in this module's {@code META-INF/microprofile-config.properties}. */
    public static final String PREFIX = "devzone.graphql.limits.";

    private final int maxDepth;
    private final int maxAliases;
    private final int maxComplexity;
    private final int maxQueryLength;
    private final ParserOptions parserOptions;

    public QueryLimits(int maxDepth, int maxAliases, int maxComplexity, int maxQueryLength, int maxTokens) {
        this.maxDepth = maxDepth;
        this.maxAliases = maxAliases;
        this.maxComplexity = maxComplexity;
        this.maxQueryLength = maxQueryLength;
        this.parserOptions = ParserOptions.getDefaultOperationParserOptions().transform(options -> options
                .maxCharacters(maxQueryLength)
                .maxTokens(maxTokens)
                .captureSourceLocation(false)
                .captureLineComments(false));
    }

    /** The limits as configured under {@value #PREFIX} (environment: {@code DEVZONE_GRAPHQL_LIMITS_MAX_DEPTH}, …). */
    public static QueryLimits from(Config config) {
        return new QueryLimits(setting(config, "max-depth"), setting(config, "max-aliases"),
                setting(config, "max-complexity"), setting(config, "max-query-length"), setting(config, "max-tokens"));
    }

    private static int setting(Config config, String name) {
        return config.getValue(PREFIX + name, Integer.class);
    }

    /** Refused when the query text is longer than allowed, before anything parses it. */
    public Optional<GraphQLError> checkLength(String query) {
        if (query != null && query.length() > maxQueryLength) {
            return Optional.of(error("REQUEST_TOO_LARGE", "The query is " + query.length()
                    + " characters long; at most " + maxQueryLength + " are allowed."));
        }
        return Optional.empty();
    }

    /** The parser's limits for operation documents (characters, tokens), for a parser this class does not call. */
    public ParserOptions parserOptions() {
        return parserOptions;
    }

    /**
     * Parses an operation document with the parser's own limits (characters, tokens), so a long or token-heavy text
     * is given up early rather than parsed whole.
     *
     * @throws InvalidSyntaxException if it does not parse, or is given up ({@code ParseCancelledException})
     */
    public Document parse(String query) {
        return Parser.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions)
                .build());
    }

    /** The first limit the document exceeds, as a client error; empty if it stays within all. */
    public Optional<GraphQLError> check(Document document) {
        Map<String, FragmentDefinition> fragments = new HashMap<>();
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.putIfAbsent(f.getName(), f));
        Measures measures = new Measures(fragments);
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            Cost cost = measures.of(operation.getSelectionSet());
            if (cost.depth > maxDepth) {
                return Optional.of(error("QUERY_TOO_DEEP", "The operation is " + count(cost.depth)
                        + " levels deep; at most " + maxDepth + " are allowed."));
            }
            if (cost.aliases > maxAliases) {
                return Optional.of(error("TOO_MANY_ALIASES", "The operation uses " + count(cost.aliases)
                        + " aliases; at most " + maxAliases + " are allowed."));
            }
            if (cost.fields > maxComplexity) {
                return Optional.of(error("QUERY_TOO_COMPLEX", "The operation selects " + count(cost.fields)
                        + " fields (fragments counted where spread); at most " + maxComplexity + " are allowed."));
            }
        }
        return Optional.empty();
    }

    public static GraphQLError error(String code, String message) {
        return GraphqlErrorBuilder.newError().message(message).extensions(Map.of("code", code)).build();
    }

    private static String count(long value) {
        return value == Long.MAX_VALUE ? "more than " + Long.MAX_VALUE : Long.toString(value);
    }

    /** Depth, fields and aliases below one selection set; sums saturate, as fragments can multiply without bound. */
    private record Cost(long depth, long fields, long aliases) {

        static final Cost NONE = new Cost(0, 0, 0);

        /** Selections side by side: the deepest one, and the sum of the rest. */
        Cost beside(Cost other) {
            return new Cost(Math.max(depth, other.depth), plus(fields, other.fields), plus(aliases, other.aliases));
        }

        /** This field with its sub-selections. */
        static Cost field(boolean aliased, Cost below) {
            return new Cost(plus(1, below.depth), plus(1, below.fields), plus(aliased ? 1 : 0, below.aliases));
        }

        private static long plus(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }
    }

    /** Measures selection sets of one document, each fragment once. */
    private static final class Measures {

        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Cost> measured = new HashMap<>();

        Measures(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        Cost of(SelectionSet selections) {
            Cost cost = Cost.NONE;
            if (selections == null) {
                return cost;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    if (field.getName().startsWith("__") && field.getSelectionSet() != null) {
                        continue; // introspection
                    }
                    cost = cost.beside(Cost.field(field.getAlias() != null, of(field.getSelectionSet())));
                } else if (selection instanceof InlineFragment inline) {
                    cost = cost.beside(of(inline.getSelectionSet()));
                } else if (selection instanceof FragmentSpread spread) {
                    cost = cost.beside(fragment(spread.getName()));
                }
            }
            return cost;
        }

        /**
         * A fragment's measure, computed on its first spread. A spread of a fragment still being measured (a cycle,
         * which validation refuses anyway) counts nothing, so the walk always ends.
         */
        private Cost fragment(String name) {
            Cost known = measured.get(name);
            if (known != null) {
                return known;
            }
            FragmentDefinition definition = fragments.get(name);
            if (definition == null) {
                return Cost.NONE;
            }
            measured.put(name, Cost.NONE);
            Cost cost = of(definition.getSelectionSet());
            measured.put(name, cost);
            return cost;
        }
    }
}
