package io.devzone.gateway.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.execution.RawVariables;
import graphql.language.Argument;
import graphql.language.AstPrinter;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.normalized.ExecutableNormalizedOperationToAstCompiler;
import graphql.normalized.NormalizedInputValue;
import graphql.normalized.VariablePredicate;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

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

    /**
     * The plan of one operation of a valid document. The client's own (raw) variables normalize it: arguments are
     * sent to subgraphs as the client wrote them.
     *
     * @throws PlanningException if the subgraphs cannot answer it; graphql-java's own exceptions if the operation
     *                           name or the variables do not fit the document
     */
    public PlannedOperation plan(Supergraph supergraph, Document document, String operationName,
            Map<String, Object> variables) {
        ExecutableNormalizedOperation operation = ExecutableNormalizedOperationFactory
                .createExecutableNormalizedOperationWithRawVariables(supergraph.schema(), document, operationName,
                        RawVariables.of(variables));
        return new PlannedOperation(operation, plan(supergraph, operation));
    }

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
            Map<String, List<PlanNode>> dependents = new LinkedHashMap<>();
            List<PlanNode> nodes = new ArrayList<>();
            for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
                if (isMeta(field)) {
                    continue; // __typename, __schema, __type: answered by the gateway's own schema
                }
                String owner = owner(field);
                List<PlanNode> fieldDependents = new ArrayList<>();
                ExecutableNormalizedField copy = copyFor(owner, field, null, fieldDependents);
                if (kind == Operation.MUTATION) {
                    RootFetch fetch = rootFetch(owner, kind, List.of(copy));
                    plan.put(field, new FieldStep.Root(fetch));
                    nodes.add(PlanNode.then(new PlanNode.Fetch(owner, fetch.operation()), fieldDependents));
                } else {
                    bySubgraph.computeIfAbsent(owner, ignored -> new ArrayList<>()).add(copy);
                    clientFields.computeIfAbsent(owner, ignored -> new ArrayList<>()).add(field);
                    dependents.computeIfAbsent(owner, ignored -> new ArrayList<>()).addAll(fieldDependents);
                }
            }
            bySubgraph.forEach((subgraph, copies) -> {
                RootFetch fetch = rootFetch(subgraph, kind, copies);
                clientFields.get(subgraph).forEach(field -> plan.put(field, new FieldStep.Root(fetch)));
                nodes.add(PlanNode.then(new PlanNode.Fetch(subgraph, fetch.operation()), dependents.get(subgraph)));
            });
            plan.index(operation);
            plan.root(kind == Operation.MUTATION && nodes.size() > 1 ? new PlanNode.Sequence(List.copyOf(nodes))
                    : PlanNode.together(nodes));
            return plan;
        }

        /**
         * The field as sent to {@code subgraph}, with what other subgraphs resolve planned as entity fetches (added
         * to {@code dependents}: they wait for the request that carries the field).
         */
        private ExecutableNormalizedField copyFor(String subgraph, ExecutableNormalizedField field,
                ExecutableNormalizedField parentCopy, List<PlanNode> dependents) {
            return copyFor(subgraph, field, field.getObjectTypeNames(), parentCopy, dependents, null);
        }

        /**
         * Likewise, asked on {@code types} only (of the field's parent types, those this request may return). Under
         * an abstract type each child is planned per object type: those the subgraph resolves (or is provided with,
         * {@code inherited} from a {@code @provides} above) stay, the others move to an entity fetch per owner and
         * type, and types the subgraph does not have cannot occur.
         */
        private ExecutableNormalizedField copyFor(String subgraph, ExecutableNormalizedField field,
                Collection<String> types, ExecutableNormalizedField parentCopy, List<PlanNode> dependents,
                SelectionSet inherited) {
            ExecutableNormalizedField copy = copy(field, field.getAlias(), parentCopy);
            copy.setObjectTypeNames(types);
            GraphQLSchema own = supergraph.subgraph(subgraph).schema();
            SelectionSet provided = provided(subgraph, types, field, inherited);
            Map<String, List<ExecutableNormalizedField>> moved = new LinkedHashMap<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                Placement placement = place(subgraph, field, child, provided);
                placement.elsewhere().forEach(type -> {
                    String owner = ownerOn(type, child);
                    moved.computeIfAbsent(owner + "\u0000" + type, ignored -> new ArrayList<>()).add(child);
                });
                List<String> local = placement.here();
                if (!local.isEmpty()) {
                    ExecutableNormalizedField childCopy = isMeta(child) ? copy(child, child.getAlias(), copy)
                            : copyFor(subgraph, child, local, copy, dependents, within(provided, local, child));
                    childCopy.setObjectTypeNames(local);
                    copy.addChild(childCopy);
                }
            }
            if (isAbstract(field) || !moved.isEmpty()) {
                copy.addChild(hidden("__typename", EntityFetch.TYPENAME_ALIAS, objectTypesIn(own, field), copy));
            }
            Map<ExecutableNormalizedField, Map<String, FieldStep>> steps = new LinkedHashMap<>();
            moved.forEach((ownerAndType, children) -> {
                String owner = ownerAndType.substring(0, ownerAndType.indexOf('\u0000'));
                String type = ownerAndType.substring(ownerAndType.indexOf('\u0000') + 1);
                EntityFetch fetch = entityFetch(subgraph, owner, type, children, copy, provided, path(field),
                        dependents);
                children.forEach(child -> steps.computeIfAbsent(child, ignored -> new LinkedHashMap<>())
                        .put(type, new FieldStep.Entity(fetch)));
            });
            steps.forEach((child, byType) -> plan.put(child, byType.size() == 1
                    && child.getObjectTypeNames().size() == 1 ? byType.values().iterator().next()
                    : new FieldStep.ByType(byType)));
            return copy;
        }

        /**
         * Where a child of {@code field} is obtained when {@code subgraph} returns the field: the object types it
         * takes from there, and those another subgraph must resolve. Types the subgraph does not have cannot occur.
         */
        private record Placement(List<String> here, List<String> elsewhere) {
        }

        private Placement place(String subgraph, ExecutableNormalizedField field, ExecutableNormalizedField child,
                SelectionSet provided) {
            GraphQLSchema own = supergraph.subgraph(subgraph).schema();
            // a shared field may have a narrower type here than in the composed schema
            List<String> possible = objectTypesIn(own, field);
            List<String> here = new ArrayList<>();
            List<String> elsewhere = new ArrayList<>();
            for (String type : child.getObjectTypeNames()) {
                if (own.getObjectType(type) == null || !possible.contains(type)) {
                    continue;
                }
                (isMeta(child) || available(subgraph, type, child.getFieldName(), provided) ? here : elsewhere)
                        .add(type);
            }
            return new Placement(here, elsewhere);
        }

        /**
         * How many of the fields under {@code field} another subgraph would have to resolve if {@code subgraph}
         * returned it: of the subgraphs that share a field, the planner asks the one that leaves the fewest.
         */
        private int entityFields(String subgraph, ExecutableNormalizedField field, Collection<String> types,
                SelectionSet inherited) {
            SelectionSet provided = provided(subgraph, types, field, inherited);
            int count = 0;
            for (ExecutableNormalizedField child : field.getChildren()) {
                Placement placement = place(subgraph, field, child, provided);
                count += placement.elsewhere().size();
                if (!placement.here().isEmpty() && !isMeta(child)) {
                    count += entityFields(subgraph, child, placement.here(),
                            within(provided, placement.here(), child));
                }
            }
            return count;
        }

        /** Whether {@code subgraph} returns {@code type.field}: it resolves it, or it is provided here. */
        private boolean available(String subgraph, String type, String field, SelectionSet provided) {
            return resolves(subgraph, type, field) || !selected(provided, List.of(type), field).isEmpty();
        }

        /**
         * What {@code subgraph} provides under {@code field} (asked on {@code types}): what a {@code @provides}
         * above left for it, and its own {@code @provides} on the field; null when nothing.
         */
        private SelectionSet provided(String subgraph, Collection<String> types, ExecutableNormalizedField field,
                SelectionSet inherited) {
            List<Selection> selections = new ArrayList<>();
            if (inherited != null) {
                selections.addAll(inherited.getSelections());
            }
            types.forEach(type -> supergraph.provides(subgraph, type, field.getFieldName())
                    .ifPresent(fieldSet -> selections.addAll(FieldSets.parse(fieldSet).getSelections())));
            return selections.isEmpty() ? null : SelectionSet.newSelectionSet().selections(selections).build();
        }

        /** What {@code provided} provides under the child on {@code types}; null when nothing. */
        private SelectionSet within(SelectionSet provided, List<String> types, ExecutableNormalizedField child) {
            List<Selection> selections = new ArrayList<>();
            selected(provided, types, child.getFieldName()).stream().filter(field -> field.getSelectionSet() != null)
                    .forEach(field -> selections.addAll(field.getSelectionSet().getSelections()));
            return selections.isEmpty() ? null : SelectionSet.newSelectionSet().selections(selections).build();
        }

        /** The selections of {@code name} in a provided set that apply to any of {@code types}. */
        private List<Field> selected(SelectionSet provided, List<String> types, String name) {
            List<Field> fields = new ArrayList<>();
            if (provided == null) {
                return fields;
            }
            for (Selection<?> selection : provided.getSelections()) {
                if (selection instanceof Field field && field.getName().equals(name)) {
                    fields.add(field);
                } else if (selection instanceof InlineFragment fragment && (fragment.getTypeCondition() == null
                        || types.stream().anyMatch(type -> isOfType(type, fragment.getTypeCondition().getName())))) {
                    fields.addAll(selected(fragment.getSelectionSet(), types, name));
                }
            }
            return fields;
        }

        private boolean isOfType(String objectType, String condition) {
            GraphQLSchema schema = supergraph.schema();
            return objectType.equals(condition) || schema.getType(condition) instanceof GraphQLNamedType named
                    && !(named instanceof GraphQLObjectType)
                    && objectTypes(schema, named).contains(objectType);
        }

        /** The object types a field's value may have as {@code schema} (its subgraph's) declares the field. */
        private List<String> objectTypesIn(GraphQLSchema schema, ExecutableNormalizedField field) {
            for (String parent : field.getObjectTypeNames()) {
                if (schema.getType(parent) instanceof GraphQLFieldsContainer container
                        && container.getFieldDefinition(field.getFieldName()) != null) {
                    return objectTypes(schema, GraphQLTypeUtil.unwrapAll(
                            container.getFieldDefinition(field.getFieldName()).getType()));
                }
            }
            return List.copyOf(childTypes(field));
        }

        private EntityFetch entityFetch(String from, String owner, String type,
                List<ExecutableNormalizedField> children, ExecutableNormalizedField parentCopy,
                SelectionSet provided, String path, List<PlanNode> dependents) {
            List<String> keys = supergraph.entityKeys(owner, type);
            if (keys.isEmpty()) {
                throw new PlanningException(type + "." + children.get(0).getFieldName() + " is resolved by subgraph "
                        + owner + ", which declares no resolvable @key on " + type);
            }
            // of several keys, one whose fields the parent's subgraph has
            String key = keys.stream().filter(each -> FieldSets.topLevelNames(each).stream()
                    .allMatch(name -> available(from, type, name, provided))).findFirst().orElse(keys.get(0));
            Set<String> fieldSets = new LinkedHashSet<>();
            fieldSets.add(key);
            children.forEach(child -> supergraph.requires(type, child.getFieldName(), owner).ifPresent(fieldSets::add));
            Set<String> carried = new LinkedHashSet<>();
            Map<String, Field> missing = new LinkedHashMap<>();
            GraphQLSchema fromSchema = supergraph.subgraph(from).schema();
            for (String fieldSet : fieldSets) {
                for (Field field : FieldSets.parse(fieldSet).getSelectionsOfType(Field.class)) {
                    if (!carried.add(field.getName())) {
                        continue;
                    }
                    if (available(from, type, field.getName(), provided)) {
                        parentCopy.addChild(hiddenTree(fromSchema, List.of(type), field,
                                EntityFetch.HIDDEN + field.getName(), parentCopy));
                    } else {
                        missing.put(field.getName(), field);
                    }
                }
            }
            EntityFetch via = missing.isEmpty() ? null
                    : viaFetch(from, owner, type, missing, parentCopy, provided);
            int id = nextEntityFetch++;
            ExecutableNormalizedField entities = ExecutableNormalizedField.newNormalizedField()
                    .objectTypeNames(List.of("Query")).fieldName("_entities").alias("n" + id).level(1).build();
            List<PlanNode> own = new ArrayList<>();
            children.forEach(child -> entities.addChild(copyFor(owner, child, List.of(type), entities, own, null)));
            EntityFetch fetch = new EntityFetch(id, owner, entitiesSelection(owner, entities, id),
                    List.copyOf(carried), via);
            plan.add(fetch);
            PlanNode node = PlanNode.then(new PlanNode.Fetch(owner, fetch.selection()), own);
            dependents.add(new PlanNode.Flatten(path, via == null ? node
                    : new PlanNode.Sequence(List.of(new PlanNode.Fetch(via.subgraph(), via.selection()), node))));
            return fetch;
        }

        /**
         * The fetch of the fields {@code owner} needs that the parent's subgraph lacks, from the first other
         * subgraph that resolves them all and whose key the parent's subgraph has: they join the representation.
         */
        private EntityFetch viaFetch(String from, String owner, String type, Map<String, Field> missing,
                ExecutableNormalizedField parentCopy, SelectionSet provided) {
            for (var candidate : supergraph.subgraphs()) {
                String via = candidate.name();
                if (via.equals(from) || via.equals(owner)
                        || !missing.keySet().stream().allMatch(name -> resolves(via, type, name))) {
                    continue;
                }
                var key = supergraph.entityKeys(via, type).stream().filter(each -> FieldSets.topLevelNames(each)
                        .stream().allMatch(name -> available(from, type, name, provided))).findFirst();
                if (key.isEmpty()) {
                    continue;
                }
                GraphQLSchema fromSchema = supergraph.subgraph(from).schema();
                List<String> carried = new ArrayList<>();
                FieldSets.parse(key.get()).getSelectionsOfType(Field.class).forEach(field -> {
                    carried.add(field.getName());
                    parentCopy.addChild(hiddenTree(fromSchema, List.of(type), field,
                            EntityFetch.HIDDEN + field.getName(), parentCopy));
                });
                int id = nextEntityFetch++;
                ExecutableNormalizedField entities = ExecutableNormalizedField.newNormalizedField()
                        .objectTypeNames(List.of("Query")).fieldName("_entities").alias("n" + id).level(1).build();
                GraphQLSchema viaSchema = candidate.schema();
                missing.values().forEach(field -> entities.addChild(hiddenTree(viaSchema, List.of(type), field,
                        EntityFetch.HIDDEN + field.getName(), entities)));
                EntityFetch fetch = new EntityFetch(id, via, entitiesSelection(via, entities, id), carried, null);
                plan.add(fetch);
                return fetch;
            }
            String field = missing.keySet().iterator().next();
            throw new PlanningException(type + "." + field + " is needed by subgraph " + owner + " but subgraph "
                    + from + " does not resolve it, nor does any subgraph it can reach");
        }

        private RootFetch rootFetch(String subgraph, Operation kind, List<ExecutableNormalizedField> fields) {
            Document document = ExecutableNormalizedOperationToAstCompiler.compileToDocument(
                    supergraph.subgraph(subgraph).schema(), kind, null, fields, INLINE).getDocument();
            RootFetch fetch = new RootFetch(subgraph, AstPrinter.printAstCompact(document), kind == Operation.MUTATION,
                    fields.stream().map(ExecutableNormalizedField::getFieldName).collect(Collectors.joining(",")));
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

        /**
         * A key or requires field (with its arguments and sub-selection) under a hidden alias, asked on
         * {@code types}. Under an abstract type the sub-selection gets {@code __typename} and its fragments apply
         * to the object types they name.
         */
        private ExecutableNormalizedField hiddenTree(GraphQLSchema schema, List<String> types, Field field,
                String alias, ExecutableNormalizedField parent) {
            Map<String, NormalizedInputValue> arguments = new LinkedHashMap<>();
            GraphQLFieldDefinition definition = ((GraphQLFieldsContainer) schema.getType(types.get(0)))
                    .getFieldDefinition(field.getName());
            field.getArguments().forEach(argument -> arguments.put(argument.getName(), new NormalizedInputValue(
                    GraphQLTypeUtil.simplePrint(definition.getArgument(argument.getName()).getType()),
                    argument.getValue())));
            ExecutableNormalizedField hidden = ExecutableNormalizedField.newNormalizedField().objectTypeNames(types)
                    .fieldName(field.getName()).alias(alias).normalizedArguments(arguments)
                    .astArguments(field.getArguments()).level(parent.getLevel() + 1).parent(parent).build();
            if (field.getSelectionSet() != null) {
                GraphQLNamedType fieldType = GraphQLTypeUtil.unwrapAll(definition.getType());
                List<String> possible = objectTypes(schema, fieldType);
                if (!(fieldType instanceof GraphQLObjectType)) {
                    hidden.addChild(hidden("__typename", null, possible, hidden));
                }
                addHiddenSelections(schema, possible, field.getSelectionSet(), hidden);
            }
            return hidden;
        }

        private void addHiddenSelections(GraphQLSchema schema, List<String> types, SelectionSet selections,
                ExecutableNormalizedField parent) {
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field sub) {
                    if (!sub.getName().equals("__typename") || types.size() == 1) {
                        parent.addChild(hiddenTree(schema, types, sub, null, parent));
                    }
                } else if (selection instanceof InlineFragment fragment) {
                    List<String> narrowed = fragment.getTypeCondition() == null ? types
                            : objectTypes(schema, schema.getType(fragment.getTypeCondition().getName())).stream()
                                    .filter(types::contains).toList();
                    if (!narrowed.isEmpty()) {
                        addHiddenSelections(schema, narrowed, fragment.getSelectionSet(), parent);
                    }
                }
            }
        }

        private static List<String> objectTypes(GraphQLSchema schema, GraphQLType type) {
            if (type instanceof GraphQLObjectType object) {
                return List.of(object.getName());
            }
            if (type instanceof GraphQLUnionType union) {
                return union.getTypes().stream().map(member -> member.getName()).toList();
            }
            return schema.getImplementations((GraphQLInterfaceType) type).stream()
                    .map(GraphQLObjectType::getName).toList();
        }

        /** Where a client field's objects are in the response: result keys, {@code @} for each list level. */
        private String path(ExecutableNormalizedField field) {
            List<String> segments = new ArrayList<>();
            for (ExecutableNormalizedField each = field; each != null; each = each.getParent()) {
                List<String> own = new ArrayList<>(List.of(each.getResultKey()));
                for (GraphQLType type = each.getType(supergraph.schema()); GraphQLTypeUtil.isWrapped(type);
                        type = GraphQLTypeUtil.unwrapOne(type)) {
                    if (GraphQLTypeUtil.isList(type)) {
                        own.add("@");
                    }
                }
                segments.addAll(0, own);
            }
            return String.join(".", segments);
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
            return common.size() == 1 ? common.iterator().next() : common.stream().min(java.util.Comparator
                    .comparingInt(each -> entityFields(each, field, field.getObjectTypeNames(), null))).orElseThrow();
        }

        private boolean resolves(String subgraph, String type, String field) {
            return supergraph.resolvers(type, field).contains(subgraph);
        }

        /** The subgraph that resolves {@code type.field} for a child moved off its parent's subgraph. */
        private String ownerOn(String type, ExecutableNormalizedField field) {
            List<String> resolvers = supergraph.resolvers(type, field.getFieldName());
            if (resolvers.isEmpty()) {
                throw new PlanningException("No subgraph resolves " + type + "." + field.getFieldName());
            }
            return resolvers.get(0);
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
