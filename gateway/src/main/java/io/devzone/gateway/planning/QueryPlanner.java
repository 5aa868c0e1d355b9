package io.devzone.gateway.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationToAstCompiler;
import graphql.normalized.VariablePredicate;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

import io.devzone.gateway.composition.FieldSets;
import io.devzone.gateway.composition.Supergraph;

/**
 * Splits a normalized client operation into subgraph requests. Each field stays with the subgraph that returned
 * its parent when that subgraph resolves it; otherwise it moves, with its siblings from the same subgraph, into
 * one {@code _entities} selection, and the parent's subgraph is asked for the key the representations need.
 * Operations sent to subgraphs are printed by graphql-java's normalized-operation compiler against each
 * subgraph's own schema, so fragments, aliases and {@code @skip}/{@code @include} are already resolved.
 */
public class QueryPlanner {

    /** Arguments are inlined as literals: each subgraph request is then self-contained. */
    private static final VariablePredicate INLINE = (field, argument, value) -> false;

    public QueryPlan plan(Supergraph supergraph, ExecutableNormalizedOperation operation) {
        return new Planning(supergraph).plan(operation);
    }

    private static final class Planning {

        private final Supergraph supergraph;
        private final QueryPlan plan = new QueryPlan();
        private int nextEntityFetch;

        Planning(Supergraph supergraph) {
            this.supergraph = supergraph;
        }

        QueryPlan plan(ExecutableNormalizedOperation operation) {
            Operation kind = operation.getOperation();
            if (kind == Operation.SUBSCRIPTION) {
                throw new PlanningException("Subscriptions are not supported by the gateway.");
            }
            Map<String, List<ExecutableNormalizedField>> bySubgraph = new LinkedHashMap<>();
            Map<String, List<ExecutableNormalizedField>> clientFields = new LinkedHashMap<>();
            for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
                if (isMeta(field)) {
                    continue; // __typename, __schema, __type: answered by the gateway's own schema
                }
                String owner = owner(field);
                ExecutableNormalizedField copy = copyFor(owner, field, null);
                if (kind == Operation.MUTATION) {
                    RootFetch fetch = rootFetch(owner, kind, List.of(copy));
                    plan.put(field, new FieldStep.Root(fetch));
                } else {
                    bySubgraph.computeIfAbsent(owner, ignored -> new ArrayList<>()).add(copy);
                    clientFields.computeIfAbsent(owner, ignored -> new ArrayList<>()).add(field);
                }
            }
            bySubgraph.forEach((subgraph, copies) -> {
                RootFetch fetch = rootFetch(subgraph, kind, copies);
                clientFields.get(subgraph).forEach(field -> plan.put(field, new FieldStep.Root(fetch)));
            });
            return plan;
        }

        /** The field as sent to {@code subgraph}, with what other subgraphs resolve planned as entity fetches. */
        private ExecutableNormalizedField copyFor(String subgraph, ExecutableNormalizedField field,
                ExecutableNormalizedField parentCopy) {
            ExecutableNormalizedField copy = copy(field, field.getAlias(), parentCopy);
            Map<String, List<ExecutableNormalizedField>> moved = new LinkedHashMap<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                if (isMeta(child) || resolvesAll(subgraph, child)) {
                    copy.addChild(isMeta(child) ? copy(child, child.getAlias(), copy) : copyFor(subgraph, child, copy));
                } else {
                    String type = singleType(child);
                    moved.computeIfAbsent(owner(child) + "\u0000" + type, ignored -> new ArrayList<>()).add(child);
                }
            }
            if (isAbstract(field) || !moved.isEmpty()) {
                copy.addChild(hidden("__typename", EntityFetch.TYPENAME_ALIAS, List.copyOf(childTypes(field)), copy));
            }
            moved.forEach((ownerAndType, children) -> {
                String owner = ownerAndType.substring(0, ownerAndType.indexOf('\u0000'));
                String type = ownerAndType.substring(ownerAndType.indexOf('\u0000') + 1);
                EntityFetch fetch = entityFetch(subgraph, owner, type, children, copy);
                children.forEach(child -> plan.put(child, new FieldStep.Entity(fetch)));
            });
            return copy;
        }

        private EntityFetch entityFetch(String from, String owner, String type,
                List<ExecutableNormalizedField> children, ExecutableNormalizedField parentCopy) {
            String key = supergraph.entityKey(owner, type).orElseThrow(() -> new PlanningException(
                    type + "." + children.get(0).getFieldName() + " is resolved by subgraph " + owner
                            + ", which declares no resolvable @key on " + type));
            Set<String> fieldSets = new LinkedHashSet<>();
            fieldSets.add(key);
            children.forEach(child -> supergraph.requires(type, child.getFieldName(), owner).ifPresent(fieldSets::add));
            Set<String> carried = new LinkedHashSet<>();
            GraphQLSchema fromSchema = supergraph.subgraph(from).schema();
            for (String fieldSet : fieldSets) {
                for (Field field : FieldSets.parse(fieldSet).getSelectionsOfType(Field.class)) {
                    if (!resolves(from, type, field.getName())) {
                        throw new PlanningException(type + "." + field.getName() + " is needed by subgraph " + owner
                                + " but subgraph " + from + " does not resolve it");
                    }
                    if (carried.add(field.getName())) {
                        parentCopy.addChild(hiddenTree(fromSchema, type, field, EntityFetch.HIDDEN + field.getName(),
                                parentCopy));
                    }
                }
            }
            int id = nextEntityFetch++;
            ExecutableNormalizedField entities = ExecutableNormalizedField.newNormalizedField()
                    .objectTypeNames(List.of("Query")).fieldName("_entities").alias("n" + id).level(1).build();
            children.forEach(child -> entities.addChild(copyFor(owner, child, entities)));
            EntityFetch fetch = new EntityFetch(id, owner, entitiesSelection(owner, entities, id),
                    List.copyOf(carried));
            plan.add(fetch);
            return fetch;
        }

        private RootFetch rootFetch(String subgraph, Operation kind, List<ExecutableNormalizedField> fields) {
            Document document = ExecutableNormalizedOperationToAstCompiler.compileToDocument(
                    supergraph.subgraph(subgraph).schema(), kind, null, fields, INLINE).getDocument();
            RootFetch fetch = new RootFetch(subgraph, AstPrinter.printAstCompact(document), kind == Operation.MUTATION);
            plan.add(fetch);
            return fetch;
        }

        private String entitiesSelection(String subgraph, ExecutableNormalizedField entities, int id) {
            Document document = ExecutableNormalizedOperationToAstCompiler.compileToDocument(
                    supergraph.subgraph(subgraph).schema(), Operation.QUERY, null, List.of(entities), INLINE)
                    .getDocument();
            Field field = (Field) document.getDefinitionsOfType(OperationDefinition.class).get(0).getSelectionSet()
                    .getSelections().get(0);
            return AstPrinter.printAstCompact(field.transform(b -> b.arguments(
                    List.of(new Argument("representations", new VariableReference("r" + id))))));
        }

        /** A key or requires field (with its sub-selection) under a hidden alias. */
        private ExecutableNormalizedField hiddenTree(GraphQLSchema schema, String type, Field field, String alias,
                ExecutableNormalizedField parent) {
            ExecutableNormalizedField hidden = hidden(field.getName(), alias, List.of(type), parent);
            if (field.getSelectionSet() != null) {
                GraphQLType fieldType = GraphQLTypeUtil.unwrapAll(
                        ((GraphQLFieldsContainer) schema.getType(type)).getFieldDefinition(field.getName()).getType());
                for (Field sub : field.getSelectionSet().getSelectionsOfType(Field.class)) {
                    hidden.addChild(hiddenTree(schema, GraphQLTypeUtil.simplePrint(fieldType), sub, null, hidden));
                }
            }
            return hidden;
        }

        private static ExecutableNormalizedField hidden(String fieldName, String alias, List<String> types,
                ExecutableNormalizedField parent) {
            return ExecutableNormalizedField.newNormalizedField().objectTypeNames(types).fieldName(fieldName)
                    .alias(alias).level(parent.getLevel() + 1).parent(parent).build();
        }

        private static ExecutableNormalizedField copy(ExecutableNormalizedField field, String alias,
                ExecutableNormalizedField parent) {
            return ExecutableNormalizedField.newNormalizedField()
                    .objectTypeNames(new ArrayList<>(field.getObjectTypeNames()))
                    .fieldName(field.getFieldName()).alias(alias)
                    .normalizedArguments(field.getNormalizedArguments())
                    .resolvedArguments(field.getResolvedArguments())
                    .astArguments(field.getAstArguments())
                    .level(parent == null ? 1 : parent.getLevel() + 1)
                    .parent(parent).build();
        }

        private String owner(ExecutableNormalizedField field) {
            Set<String> common = null;
            for (String type : field.getObjectTypeNames()) {
                Set<String> these = new LinkedHashSet<>(supergraph.resolvers(type, field.getFieldName()));
                if (common == null) {
                    common = these;
                } else {
                    common.retainAll(these);
                }
            }
            if (common == null || common.isEmpty()) {
                throw new PlanningException("No single subgraph resolves " + field.getObjectTypeNames() + "."
                        + field.getFieldName());
            }
            return common.iterator().next();
        }

        private boolean resolvesAll(String subgraph, ExecutableNormalizedField field) {
            return field.getObjectTypeNames().stream().allMatch(type -> resolves(subgraph, type, field.getFieldName()));
        }

        private boolean resolves(String subgraph, String type, String field) {
            return supergraph.resolvers(type, field).contains(subgraph);
        }

        private String singleType(ExecutableNormalizedField field) {
            if (field.getObjectTypeNames().size() != 1) {
                throw new PlanningException(field.getObjectTypeNames() + "." + field.getFieldName()
                        + " is resolved by another subgraph on an abstract type, which the gateway cannot plan yet");
            }
            return field.getSingleObjectTypeName();
        }

        private boolean isAbstract(ExecutableNormalizedField field) {
            return !field.getChildren().isEmpty()
                    && !(GraphQLTypeUtil.unwrapAll(field.getType(supergraph.schema())) instanceof graphql.schema.GraphQLObjectType);
        }

        /** The object types a field's children may have: what its hidden {@code __typename} is asked on. */
        private static Set<String> childTypes(ExecutableNormalizedField field) {
            Set<String> types = new LinkedHashSet<>();
            field.getChildren().forEach(child -> types.addAll(child.getObjectTypeNames()));
            return types;
        }

        private static boolean isMeta(ExecutableNormalizedField field) {
            return field.getFieldName().startsWith("__");
        }
    }
}
