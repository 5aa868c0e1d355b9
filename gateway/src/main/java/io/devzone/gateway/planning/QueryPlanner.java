package io.devzone.gateway.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
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
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.OperationDefinition.Operation;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.normalized.NormalizedInputValue;
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
import io.devzone.gateway.composition.Subgraph;
import io.devzone.gateway.composition.Supergraph;

/**
 * Splits a normalized client operation into subgraph requests. Each field stays with the subgraph that returned
 * its parent when that subgraph resolves it; otherwise it moves, with its siblings from the same subgraph, into
 * one {@code _entities} selection, and the parent's subgraph is asked for the key the representations need.
 * Operations sent to subgraphs are printed from the normalized fields against each subgraph's own schema
 * ({@link SubgraphSelections}), so fragments, aliases and {@code @skip}/{@code @include} are already resolved.
 */
public class QueryPlanner {

    /** What a field whose owner's key its parent's subgraph lacks weighs when choosing among subgraphs. */
    private static final int UNREACHED_KEY = 100;

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
        return new PlannedOperation(operation, new Planning(supergraph, operation, document).plan(),
                HiddenEnumValues.asked(supergraph, operation));
    }

    private static final class Planning {

        private final Supergraph supergraph;
        private final ExecutableNormalizedOperation operation;
        /** The client's fragments: what is asked of an interface nothing implements is read from the document. */
        private final Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        private final QueryPlan plan = new QueryPlan();
        /** The client's field of each copy restricted to some of its children. */
        private final Map<ExecutableNormalizedField, ExecutableNormalizedField> originals = new IdentityHashMap<>();
        /** The hidden fields asked of each parent's copy so far, by alias, as printed. */
        private final Map<ExecutableNormalizedField, Map<String, String>> hiddenAsked = new IdentityHashMap<>();
        /** Per client field, per subgraph that returns it as an {@code @interfaceObject}: its implementation. */
        private final Map<ExecutableNormalizedField, Map<String, ConcreteType>> concreteTypes =
                new IdentityHashMap<>();
        private int nextEntityFetch;

        Planning(Supergraph supergraph, ExecutableNormalizedOperation operation, Document document) {
            this.supergraph = supergraph;
            this.operation = operation;
            document.getDefinitionsOfType(FragmentDefinition.class)
                    .forEach(fragment -> fragments.put(fragment.getName(), fragment));
        }

        QueryPlan plan() {
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
                List<Unreached> unreached = new ArrayList<>();
                ExecutableNormalizedField copy = copyFor(owner, field, field.getObjectTypeNames(), null,
                        fieldDependents, null, unreached);
                if (kind == Operation.MUTATION) {
                    reachedAll(unreached);
                    RootFetch fetch = rootFetch(owner, kind, List.of(copy));
                    plan.put(field, new FieldStep.Root(fetch));
                    nodes.add(PlanNode.then(new PlanNode.Fetch(owner, fetch.operation()), fieldDependents));
                    continue;
                }
                bySubgraph.computeIfAbsent(owner, ignored -> new ArrayList<>()).add(copy);
                clientFields.computeIfAbsent(owner, ignored -> new ArrayList<>()).add(field);
                dependents.computeIfAbsent(owner, ignored -> new ArrayList<>()).addAll(fieldDependents);
                // what no key reaches from the owner's answer, the subgraphs sharing the root field answer
                restricted(unreached).forEach((target, parts) -> parts.forEach(part -> {
                    String subgraph = target.subgraph();
                    if (!resolves(subgraph, field.getObjectTypeNames().iterator().next(), field.getFieldName())) {
                        throw unplannable(unreached.get(0));
                    }
                    List<Unreached> left = new ArrayList<>();
                    bySubgraph.computeIfAbsent(subgraph, ignored -> new ArrayList<>()).add(copyFor(subgraph, part,
                            part.getObjectTypeNames(), null,
                            dependents.computeIfAbsent(subgraph, ignored -> new ArrayList<>()), null, left));
                    reachedAll(left);
                    clientFields.computeIfAbsent(subgraph, ignored -> new ArrayList<>()).add(field);
                }));
            }
            bySubgraph.forEach((subgraph, copies) -> {
                RootFetch fetch = rootFetch(subgraph, kind, copies);
                // a field asked twice of one subgraph (two members' parts) reads its one answer once
                clientFields.get(subgraph).stream().distinct()
                        .forEach(field -> plan.join(field, new FieldStep.Root(fetch), null));
                nodes.add(PlanNode.then(new PlanNode.Fetch(subgraph, fetch.operation()),
                        dependents.get(subgraph)));
            });
            concreteTypes.forEach((field, types) -> plan.put(field,
                    new FieldStep.Typed(plan.step(field), Map.copyOf(types))));
            plan.index(operation);
            plan.root(kind == Operation.MUTATION && nodes.size() > 1 ? new PlanNode.Sequence(List.copyOf(nodes))
                    : PlanNode.together(nodes));
            return plan;
        }

        /**
         * The field as sent to {@code subgraph}, with what other subgraphs resolve planned as entity fetches (added
         * to {@code dependents}: they wait for the request that carries the field), asked on {@code types} only (of
         * the field's parent types, those this request may return). Under an abstract type each child is planned
         * per object type: those the subgraph resolves (or is provided with, {@code inherited} from a
         * {@code @provides} above) stay, the others move to an entity fetch per owner and type, and types the
         * subgraph does not have cannot occur. A child whose owner has no key on its type joins {@code unreached}:
         * the field is then asked of that owner too, from the nearest ancestor it can find (an entity whose key
         * the request carries, or the root).
         */
        private ExecutableNormalizedField copyFor(String subgraph, ExecutableNormalizedField field,
                Collection<String> types, ExecutableNormalizedField parentCopy, List<PlanNode> dependents,
                SelectionSet inherited, List<Unreached> unreached) {
            ExecutableNormalizedField copy = copy(field, field.getAlias(), parentCopy);
            copy.setObjectTypeNames(namesIn(subgraph, types));
            GraphQLSchema own = supergraph.subgraph(subgraph).schema();
            if (field.getChildren().isEmpty() && isAbstract(field) && implementations(field).isEmpty()) {
                answerableWithoutImplementation(subgraph, own, field);
            }
            SelectionSet provided = provided(subgraph, types, field, inherited);
            Map<Target, List<ExecutableNormalizedField>> moved = new LinkedHashMap<>();
            List<Unreached> below = new ArrayList<>();
            // an @interfaceObject here: the objects' implementation is learnt elsewhere, if anything depends on it
            List<String> possible = field.getChildren().isEmpty() ? List.of() : objectTypesIn(own, field);
            List<String> implementations = standsIn(subgraph, field, possible) ? implementations(field) : null;
            boolean dependsOnImplementation = false;
            // what other subgraphs resolve after this request, unless it must wait for the implementation first
            List<PlanNode> after = implementations == null ? dependents : new ArrayList<>();
            for (ExecutableNormalizedField child : field.getChildren()) {
                Placement placement = place(subgraph, field, child, provided);
                for (Map.Entry<String, String> each : placement.elsewhere().entrySet()) {
                    String type = each.getKey();
                    String owner = each.getValue();
                    if (keys(owner, type).isEmpty()) {
                        unreached.add(new Unreached(owner, child, type));
                    } else {
                        moved.computeIfAbsent(new Target(owner, type), ignored -> new ArrayList<>()).add(child);
                    }
                    dependsOnImplementation |= !supergraph.isInterfaceObject(owner, supergraph.typeIn(owner, type));
                }
                dependsOnImplementation |= implementations != null && (child.getFieldName().equals("__typename")
                        || !child.getObjectTypeNames().containsAll(implementations));
                List<String> local = placement.here();
                if (!local.isEmpty()) {
                    List<Unreached> deeper = new ArrayList<>();
                    ExecutableNormalizedField childCopy = isMeta(child) ? copy(child, child.getAlias(), copy)
                            : copyFor(subgraph, child, local, copy, after, within(provided, local, child), deeper);
                    childCopy.setObjectTypeNames(namesIn(subgraph, local));
                    copy.addChild(childCopy);
                    local.forEach(type -> below.addAll(parentsOf(deeper, type)));
                }
            }
            if (implementations == null && (isAbstract(field) || !moved.isEmpty() || !below.isEmpty())) {
                copy.addChild(hidden("__typename", EntityFetch.TYPENAME_ALIAS, objectTypesIn(own, field), copy));
            }
            Map<ExecutableNormalizedField, Map<String, FieldStep>> steps = new LinkedHashMap<>();
            for (Map.Entry<Target, List<ExecutableNormalizedField>> each : moved.entrySet()) {
                Target target = each.getKey();
                for (List<ExecutableNormalizedField> children : apart(target, each.getValue())) {
                    List<Unreached> deeper = new ArrayList<>();
                    EntityFetch fetch = entityFetch(subgraph, target, children, copy, provided, path(field), after,
                            deeper);
                    children.forEach(child -> steps.computeIfAbsent(child, ignored -> new LinkedHashMap<>())
                            .put(target.type(), new FieldStep.Entity(fetch)));
                    below.addAll(parentsOf(deeper, target.type()));
                    // a third subgraph asked first for what the owner requires knows the implementation only
                    dependsOnImplementation |= fetch.via() != null;
                }
            }
            steps.forEach((child, byType) -> plan.put(child, byType(child, byType)));
            // a child holding what only another subgraph answers is asked of it too, where a key reaches it
            Map<Target, List<ExecutableNormalizedField>> reached = new LinkedHashMap<>();
            below.forEach(each -> {
                if (keyAvailable(subgraph, each.subgraph(), each.type(), provided)) {
                    reached.computeIfAbsent(each.target(), ignored -> new ArrayList<>()).add(each.field());
                } else {
                    unreached.add(each);
                }
            });
            for (Map.Entry<Target, List<ExecutableNormalizedField>> each : reached.entrySet()) {
                Target target = each.getKey();
                List<Unreached> left = new ArrayList<>();
                EntityFetch fetch = entityFetch(subgraph, target, each.getValue(), copy, provided, path(field), after,
                        left);
                reachedAll(left);
                each.getValue().forEach(part -> plan.join(original(part),
                        byType(part, Map.of(target.type(), new FieldStep.Entity(fetch))), FieldStep.CARRIED));
                dependsOnImplementation = true;
            }
            if (implementations != null) {
                ConcreteType concrete;
                if (dependsOnImplementation) {
                    EntityFetch fetch = implementationFetch(subgraph, possible.get(0), copy);
                    concrete = new ConcreteType(fetch, null);
                    dependents.add(new PlanNode.Flatten(path(field), PlanNode.then(
                            new PlanNode.Fetch(fetch.subgraph(), fetch.selection()), after)));
                } else {
                    // nothing asked depends on it: any implementation answers alike
                    concrete = new ConcreteType(null, implementations.get(0));
                    dependents.addAll(after);
                }
                concreteTypes.computeIfAbsent(original(field), ignored -> new LinkedHashMap<>())
                        .put(subgraph, concrete);
            }
            return copy;
        }

        /**
         * Of an interface nothing implements, graphql-java's normalized operation keeps no field, and no object
         * type tells where else to ask one: only the subgraph returning the objects can answer what the client
         * selects on them (read from the document), the rest cannot be planned.
         */
        private void answerableWithoutImplementation(String subgraph, GraphQLSchema own,
                ExecutableNormalizedField field) {
            String type = GraphQLTypeUtil.unwrapAll(field.getType(supergraph.schema())).getName();
            Set<String> asked = new LinkedHashSet<>();
            operation.getMergedField(original(field)).getFields()
                    .forEach(each -> selectedNames(each.getSelectionSet(), asked));
            asked.stream().filter(name -> !isMetaName(name) && !(own.getType(type) instanceof GraphQLFieldsContainer
                    container && container.getFieldDefinition(name) != null)).findFirst().ifPresent(name -> {
                        throw new PlanningException(type + "." + name + " is not resolved by subgraph " + subgraph
                                + ", which returns " + type + ", and nothing implements " + type);
                    });
        }

        /** The field names a selection set asks, through its fragments. */
        private void selectedNames(SelectionSet selections, Set<String> names) {
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field) {
                    names.add(field.getName());
                } else if (selection instanceof InlineFragment fragment) {
                    selectedNames(fragment.getSelectionSet(), names);
                } else if (selection instanceof FragmentSpread spread) {
                    selectedNames(fragments.get(spread.getName()).getSelectionSet(), names);
                }
            }
        }

        /**
         * The children in groups whose {@code @requires} never ask one field differently (with other arguments): a
         * representation holds a field once, so each group is a fetch of its own.
         */
        private List<List<ExecutableNormalizedField>> apart(Target target, List<ExecutableNormalizedField> children) {
            List<List<ExecutableNormalizedField>> groups = new ArrayList<>();
            List<Map<String, String>> asked = new ArrayList<>();
            for (ExecutableNormalizedField child : children) {
                Map<String, String> needs = new LinkedHashMap<>();
                supergraph.requires(target.type(), child.getFieldName(), target.subgraph()).ifPresent(fieldSet ->
                        FieldSets.parse(fieldSet).getSelectionsOfType(Field.class)
                                .forEach(field -> needs.put(field.getName(), AstPrinter.printAstCompact(field))));
                int group = 0;
                while (group < groups.size() && conflict(asked.get(group), needs)) {
                    group++;
                }
                if (group == groups.size()) {
                    groups.add(new ArrayList<>());
                    asked.add(new LinkedHashMap<>());
                }
                groups.get(group).add(child);
                asked.get(group).putAll(needs);
            }
            return groups;
        }

        private static boolean conflict(Map<String, String> asked, Map<String, String> needs) {
            return needs.entrySet().stream().anyMatch(need -> asked.containsKey(need.getKey())
                    && !asked.get(need.getKey()).equals(need.getValue()));
        }

        private static FieldStep byType(ExecutableNormalizedField child, Map<String, FieldStep> byType) {
            return byType.size() == 1 && child.getObjectTypeNames().size() == 1 ? byType.values().iterator().next()
                    : new FieldStep.ByType(byType);
        }

        /**
         * A field its parent's subgraph cannot answer: {@code subgraph} answers it, on the parent's object type
         * {@code type}, which has no key there (or none the request carries).
         */
        private record Unreached(String subgraph, ExecutableNormalizedField field, String type) {

            Target target() {
                return new Target(subgraph, type);
            }
        }

        /** A subgraph asked for entities of one type. */
        private record Target(String subgraph, String type) {
        }

        /**
         * The parents of fields a child's request left unreached, each a copy of the client's field with those
         * children only, to ask of the subgraph that answers them on {@code type} (the parent's parent type).
         */
        private List<Unreached> parentsOf(List<Unreached> unreached, String type) {
            List<Unreached> parents = new ArrayList<>();
            restricted(unreached).forEach((target, parts) -> parts.forEach(part -> parents.add(
                    new Unreached(target.subgraph(), part, type))));
            return parents;
        }

        /** Unreached fields grouped per subgraph and parent type, each group's parents restricted to them. */
        private Map<Target, List<ExecutableNormalizedField>> restricted(List<Unreached> unreached) {
            Map<Target, Map<ExecutableNormalizedField, List<ExecutableNormalizedField>>> grouped =
                    new LinkedHashMap<>();
            unreached.forEach(each -> grouped.computeIfAbsent(each.target(), ignored -> new LinkedHashMap<>())
                    .computeIfAbsent(each.field().getParent(), ignored -> new ArrayList<>()).add(each.field()));
            Map<Target, List<ExecutableNormalizedField>> restricted = new LinkedHashMap<>();
            grouped.forEach((target, byParent) -> byParent.forEach((parent, children) -> {
                ExecutableNormalizedField part = copy(parent, parent.getAlias(), parent.getParent());
                // the children keep their own parent: their paths stay the client's
                children.forEach(part::addChild);
                originals.put(part, original(parent));
                restricted.computeIfAbsent(target, ignored -> new ArrayList<>()).add(part);
            }));
            return restricted;
        }

        private ExecutableNormalizedField original(ExecutableNormalizedField field) {
            return originals.getOrDefault(field, field);
        }

        /** For a request planned for fields a key or the root already reached: none may be left over. */
        private void reachedAll(List<Unreached> left) {
            if (!left.isEmpty()) {
                throw unplannable(left.get(0));
            }
        }

        private PlanningException unplannable(Unreached unreached) {
            return new PlanningException(unreached.type() + "." + unreached.field().getFieldName()
                    + " is resolved by subgraph " + unreached.subgraph() + ", which declares no resolvable @key on "
                    + unreached.type() + " the gateway can reach it by");
        }

        private boolean keyAvailable(String from, String owner, String type, SelectionSet provided) {
            return keys(owner, type).stream().anyMatch(key -> FieldSets.topLevelNames(key).stream()
                    .allMatch(name -> available(from, type, name, provided)));
        }

        /**
         * Where a child of {@code field} is obtained when {@code subgraph} returns the field: the object types it
         * takes from there, and those another subgraph must resolve. Types the subgraph does not have cannot occur.
         */
        private record Placement(List<String> here, Map<String, String> elsewhere) {
        }

        private Placement place(String subgraph, ExecutableNormalizedField field, ExecutableNormalizedField child,
                SelectionSet provided) {
            GraphQLSchema own = supergraph.subgraph(subgraph).schema();
            // a shared field may have a narrower type here than in the composed schema
            List<String> possible = objectTypesIn(own, field);
            // a child asked on every implementation of an interface this subgraph stands in for
            boolean ofInterface = standsIn(subgraph, field, possible)
                    && child.getObjectTypeNames().containsAll(implementations(field));
            Set<String> shared = isMeta(child) ? null : sharedMembers(subgraph, field);
            List<String> here = new ArrayList<>();
            Map<String, String> elsewhere = new LinkedHashMap<>();
            for (String type : child.getObjectTypeNames()) {
                String inOwn = supergraph.typeIn(subgraph, type);
                if (inOwn == null || !possible.contains(inOwn) || shared != null && !shared.contains(type)) {
                    continue;
                }
                if (isMeta(child) || available(subgraph, type, child.getFieldName(), provided)
                        && requiredAvailable(subgraph, type, child, provided)) {
                    here.add(type);
                } else {
                    // a field whose @requires its own subgraph lacks here is asked with them, by an entity fetch
                    elsewhere.put(type, resolves(subgraph, type, child.getFieldName()) ? subgraph
                            : ownerOn(type, child, subgraph, provided, ofInterface));
                }
            }
            return new Placement(here, elsewhere);
        }

        /**
         * The members of a union-typed field that every subgraph able to answer it along the same path has: from
         * the nearest entity above (or the root), each subgraph resolving every field down to it could be the one
         * asked, so only the members they all have are asked for, a member's own fields being null otherwise (as
         * the federation-gateway-audit's partial-union-complex has it). Null when one subgraph only can answer it,
         * {@code subgraph} is not one of them (a {@code @provides} gave it the field), or the field is no union.
         */
        private Set<String> sharedMembers(String subgraph, ExecutableNormalizedField field) {
            if (!(GraphQLTypeUtil.unwrapAll(field.getType(supergraph.schema())) instanceof GraphQLUnionType)) {
                return null;
            }
            Set<String> candidates = null;
            for (ExecutableNormalizedField each = field; each != null; each = each.getParent()) {
                boolean entity = false;
                for (String type : each.getObjectTypeNames()) {
                    List<String> resolvers = supergraph.resolvers(type, each.getFieldName());
                    if (candidates == null) {
                        candidates = new LinkedHashSet<>(resolvers);
                    } else {
                        candidates.retainAll(resolvers);
                    }
                    if (supergraph.subgraphs().stream().anyMatch(known -> !keys(known.name(), type).isEmpty())) {
                        entity = true;
                        candidates.removeIf(candidate -> keys(candidate, type).isEmpty());
                    }
                }
                if (entity) {
                    break;
                }
            }
            if (candidates == null || candidates.size() < 2 || !candidates.contains(subgraph)) {
                return null;
            }
            Set<String> members = null;
            for (String candidate : candidates) {
                List<String> own = objectTypesIn(supergraph.subgraph(candidate).schema(), field);
                if (members == null) {
                    members = new LinkedHashSet<>(own);
                } else {
                    members.retainAll(own);
                }
            }
            return members;
        }

        /** Whether the fields {@code subgraph} requires for the child ({@code @requires}) are there with it. */
        private boolean requiredAvailable(String subgraph, String type, ExecutableNormalizedField child,
                SelectionSet provided) {
            return supergraph.requires(type, child.getFieldName(), subgraph).map(fieldSet -> FieldSets
                    .topLevelNames(fieldSet).stream().allMatch(name -> available(subgraph, type, name, provided)))
                    .orElse(true);
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
                // a key the request lacks takes another request first, if any can: a worse choice
                count += (int) placement.elsewhere().entrySet().stream().filter(each -> !keys(
                        each.getValue(), each.getKey()).isEmpty() && !keyAvailable(subgraph, each.getValue(),
                                each.getKey(), provided)).count() * UNREACHED_KEY;
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
            return within(provided, types, child.getFieldName());
        }

        private SelectionSet within(SelectionSet provided, List<String> types, String fieldName) {
            List<Selection> selections = new ArrayList<>();
            selected(provided, types, fieldName).stream().filter(field -> field.getSelectionSet() != null)
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

        /** Whether {@code subgraph} returns the field's objects as an {@code @interfaceObject}. */
        private boolean standsIn(String subgraph, ExecutableNormalizedField field, List<String> possible) {
            return possible.size() == 1 && supergraph.isInterfaceObject(subgraph, possible.get(0))
                    && !field.getChildren().isEmpty();
        }

        /** The object types of the composed schema a field's value may have. */
        private List<String> implementations(ExecutableNormalizedField field) {
            return objectTypes(supergraph.schema(), GraphQLTypeUtil.unwrapAll(field.getType(supergraph.schema())));
        }

        /**
         * The fetch that learns the implementation of each object {@code subgraph} returned as the
         * {@code @interfaceObject} for {@code face}: {@code _entities} of a subgraph that defines the interface with a
         * key, asked under the interface's name, with the key {@code subgraph} has.
         */
        private EntityFetch implementationFetch(String subgraph, String face, ExecutableNormalizedField copy) {
            GraphQLSchema own = supergraph.subgraph(subgraph).schema();
            GraphQLFieldsContainer standIn = (GraphQLFieldsContainer) own.getType(face);
            for (var candidate : supergraph.subgraphs()) {
                var key = supergraph.entityKeys(candidate.name(), face).stream()
                        .filter(each -> !supergraph.isInterfaceObject(candidate.name(), face)
                                && FieldSets.topLevelNames(each).stream()
                                        .allMatch(name -> standIn.getFieldDefinition(name) != null))
                        .findFirst();
                if (key.isEmpty()) {
                    continue;
                }
                List<String> carried = new ArrayList<>();
                FieldSets.parse(key.get()).getSelectionsOfType(Field.class).forEach(field -> {
                    carried.add(field.getName());
                    String alias = EntityFetch.HIDDEN + field.getName();
                    if (copy.getChildren().stream().noneMatch(child -> alias.equals(child.getAlias()))) {
                        copy.addChild(hiddenTree(own, List.of(face), field, alias, copy));
                    }
                });
                int id = nextEntityFetch++;
                ExecutableNormalizedField entities = entitiesField(id);
                GraphQLSchema definer = candidate.schema();
                entities.addChild(hidden("__typename", EntityFetch.TYPENAME_ALIAS,
                        objectTypes(definer, definer.getType(face)), entities));
                EntityFetch fetch = new EntityFetch(id, candidate.name(), entitiesSelection(candidate.name(),
                        entities, id), carried, null, Map.of(), face, List.of());
                plan.add(fetch);
                return fetch;
            }
            throw new PlanningException("No subgraph tells the implementation of " + face + " for subgraph "
                    + subgraph + ": none defines the interface with a key it has");
        }

        /** The names {@code subgraph} knows object types by (an {@code @interfaceObject}'s for its interface's). */
        private List<String> namesIn(String subgraph, Collection<String> types) {
            return types.stream().map(type -> supergraph.typeIn(subgraph, type)).filter(java.util.Objects::nonNull)
                    .distinct().toList();
        }

        /**
         * The resolvable keys of {@code type} in {@code subgraph}, under the name it knows the type by (an
         * {@code @interfaceObject}'s subgraph is asked under the interface's); none if it does not know the type.
         */
        private List<String> keys(String subgraph, String type) {
            String ownType = supergraph.typeIn(subgraph, type);
            return ownType == null ? List.of() : supergraph.entityKeys(subgraph, ownType);
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

        private EntityFetch entityFetch(String from, Target target, List<ExecutableNormalizedField> children,
                ExecutableNormalizedField parentCopy, SelectionSet provided, String path, List<PlanNode> dependents,
                List<Unreached> unreached) {
            String owner = target.subgraph();
            String type = target.type();
            List<String> keys = keys(owner, type);
            if (keys.isEmpty()) {
                throw new PlanningException(type + "." + children.get(0).getFieldName() + " is resolved by subgraph "
                        + owner + ", which declares no resolvable @key on " + type);
            }
            // of several keys, one whose fields the parent's subgraph has
            String key = keys.stream().filter(each -> FieldSets.topLevelNames(each).stream()
                    .allMatch(name -> available(from, type, name, provided))).findFirst().orElse(keys.get(0));
            Set<String> carried = new LinkedHashSet<>();
            Map<String, Field> missing = new LinkedHashMap<>();
            List<NestedFetch> nested = new ArrayList<>();
            Map<String, String> renamed = carry(from, owner, type, key,
                    children.stream().map(ExecutableNormalizedField::getFieldName).toList(), parentCopy, provided,
                    carried, missing, nested);
            EntityFetch via = missing.isEmpty() ? null : viaFetch(from, owner, type, missing, parentCopy, provided,
                    Set.copyOf(List.of(from, owner)), nested);
            int id = nextEntityFetch++;
            ExecutableNormalizedField entities = entitiesField(id);
            List<PlanNode> own = new ArrayList<>();
            children.forEach(child -> entities.addChild(copyFor(owner, child, List.of(type), entities, own, null,
                    unreached)));
            // an @interfaceObject's subgraph is asked under the interface's name
            String ownType = supergraph.typeIn(owner, type);
            EntityFetch fetch = new EntityFetch(id, owner, entitiesSelection(owner, entities, id),
                    List.copyOf(carried), via, renamed, ownType.equals(type) ? null : ownType, List.copyOf(nested));
            plan.add(fetch);
            PlanNode node = PlanNode.then(new PlanNode.Fetch(owner, fetch.selection()), own);
            List<PlanNode> chain = new ArrayList<>(List.of(node));
            fetch.nested().forEach(each -> chain.add(chain.size() - 1, nestedNode(each)));
            for (EntityFetch before = via; before != null; before = before.via()) {
                List<PlanNode> first = new ArrayList<>(before.nested().stream().map(this::nestedNode).toList());
                first.add(new PlanNode.Fetch(before.subgraph(), before.selection()));
                chain.addAll(0, first);
            }
            dependents.add(new PlanNode.Flatten(path, chain.size() == 1 ? node : new PlanNode.Sequence(chain)));
            return fetch;
        }

        /**
         * The fields of a representation for {@code owner}: its key and what it requires for {@code fields}. Those
         * the parent's subgraph has are asked of it under hidden aliases (answered: those not under the usual
         * one, as another fetch of the same parent asks the field differently); the others go to {@code missing}.
         */
        private Map<String, String> carry(String from, String owner, String type, String key, List<String> fields,
                ExecutableNormalizedField parentCopy, SelectionSet provided, Set<String> carried,
                Map<String, Field> missing, List<NestedFetch> nested) {
            Map<String, String> renamed = new LinkedHashMap<>();
            Map<String, String> asked = hiddenAsked.computeIfAbsent(parentCopy, ignored -> new LinkedHashMap<>());
            Set<String> fieldSets = new LinkedHashSet<>();
            fieldSets.add(key);
            fields.forEach(field -> supergraph.requires(type, field, owner).ifPresent(fieldSets::add));
            GraphQLSchema fromSchema = supergraph.subgraph(from).schema();
            for (String fieldSet : fieldSets) {
                for (Field field : FieldSets.parse(fieldSet).getSelectionsOfType(Field.class)) {
                    if (!carried.add(field.getName())) {
                        continue;
                    }
                    if (available(from, type, field.getName(), provided)) {
                        String alias = EntityFetch.HIDDEN + field.getName();
                        String printed = AstPrinter.printAstCompact(field);
                        if (!asked.computeIfAbsent(alias, ignored -> printed).equals(printed)) {
                            alias = alias + "_" + asked.size();
                            asked.put(alias, printed);
                            renamed.put(field.getName(), alias);
                        }
                        Field answered = answerable(from, type, field, provided, List.of(alias), nested);
                        parentCopy.addChild(hiddenTree(fromSchema, namesIn(from, List.of(type)), answered, alias,
                                parentCopy));
                    } else {
                        missing.put(field.getName(), field);
                    }
                }
            }
            return renamed;
        }

        /**
         * The fetch of the fields {@code owner} needs that the parent's subgraph lacks, from the first other
         * subgraph that resolves them all and whose key the parent's subgraph has (the owner itself last: it may
         * resolve a required field whose sub-fields it lacks, {@code author} of {@code author { name }}, left then
         * to {@code nested}): they join the representation. What that subgraph requires for them and the parent's
         * subgraph lacks is fetched before, likewise, from a subgraph not yet {@code asked} (or that one, for fields
         * it resolves itself).
         */
        private EntityFetch viaFetch(String from, String owner, String type, Map<String, Field> missing,
                ExecutableNormalizedField parentCopy, SelectionSet provided, Set<String> asked,
                List<NestedFetch> nested) {
            List<Subgraph> candidates = new ArrayList<>(supergraph.subgraphs());
            candidates.sort(java.util.Comparator.comparing(candidate -> candidate.name().equals(owner)));
            for (var candidate : candidates) {
                String via = candidate.name();
                if (asked.contains(via) && !via.equals(owner)
                        || !missing.keySet().stream().allMatch(name -> resolves(via, type, name))) {
                    continue;
                }
                var key = supergraph.entityKeys(via, type).stream().filter(each -> FieldSets.topLevelNames(each)
                        .stream().allMatch(name -> available(from, type, name, provided))).findFirst();
                if (key.isEmpty()) {
                    continue;
                }
                Set<String> carried = new LinkedHashSet<>();
                Map<String, Field> lacking = new LinkedHashMap<>();
                List<NestedFetch> own = new ArrayList<>();
                Map<String, String> renamed = carry(from, via, type, key.get(), List.copyOf(missing.keySet()),
                        parentCopy, provided, carried, lacking, own);
                Set<String> before = new LinkedHashSet<>(asked);
                before.add(via);
                EntityFetch first = lacking.isEmpty() ? null
                        : viaFetch(from, via, type, lacking, parentCopy, provided, before, own);
                int id = nextEntityFetch++;
                ExecutableNormalizedField entities = entitiesField(id);
                GraphQLSchema viaSchema = candidate.schema();
                missing.values().forEach(field -> {
                    String alias = EntityFetch.HIDDEN + field.getName();
                    entities.addChild(hiddenTree(viaSchema, namesIn(via, List.of(type)),
                            answerable(via, type, field, null, List.of(alias), nested), alias, entities));
                });
                EntityFetch fetch = new EntityFetch(id, via, entitiesSelection(via, entities, id),
                        List.copyOf(carried), first, renamed, null, List.copyOf(own));
                plan.add(fetch);
                return fetch;
            }
            String field = missing.keySet().iterator().next();
            throw new PlanningException(type + "." + field + " is needed by subgraph " + owner + " but subgraph "
                    + from + " does not resolve it, nor does any subgraph it can reach");
        }

        /**
         * The part of a carried field's selection {@code subgraph} answers. Fields of its objects that only another
         * subgraph resolves are left to a {@link NestedFetch} of those objects (at {@code path}, added to
         * {@code nested}), and the key it finds them by is asked instead.
         */
        private Field answerable(String subgraph, String type, Field field, SelectionSet provided, List<String> path,
                List<NestedFetch> nested) {
            // as the subgraph declares it: the composed schema lacks what clients may not see (@inaccessible)
            GraphQLFieldDefinition definition = field.getSelectionSet() == null ? null
                    : ((GraphQLFieldsContainer) supergraph.subgraph(subgraph).schema()
                            .getType(supergraph.typeIn(subgraph, type))).getFieldDefinition(field.getName());
            if (definition == null || !(GraphQLTypeUtil.unwrapAll(definition.getType())
                    instanceof GraphQLObjectType object)) {
                return field; // a leaf, or an abstract type's selection: asked as written
            }
            String inner = object.getName();
            SelectionSet within = within(provided, List.of(type), field.getName());
            List<Selection> kept = new ArrayList<>();
            Map<String, Field> lacking = new LinkedHashMap<>();
            for (Selection<?> selection : field.getSelectionSet().getSelections()) {
                if (!(selection instanceof Field sub)) {
                    kept.add(selection);
                } else if (isMetaName(sub.getName()) || available(subgraph, inner, sub.getName(), within)) {
                    kept.add(answerable(subgraph, inner, sub, within, append(path, sub.getName()), nested));
                } else {
                    lacking.put(sub.getName(), sub);
                }
            }
            if (!lacking.isEmpty()) {
                nested.add(new NestedFetch(path, nestedFetch(subgraph, inner, lacking, within, path, kept, nested)));
            }
            return field.transform(builder -> builder.selectionSet(SelectionSet.newSelectionSet().selections(kept)
                    .build()));
        }

        /**
         * The entity fetch of {@code lacking} on objects of {@code type} that {@code subgraph} returned, from a
         * subgraph that resolves them all by a key {@code subgraph} has; the key's fields join {@code kept}.
         */
        private EntityFetch nestedFetch(String subgraph, String type, Map<String, Field> lacking,
                SelectionSet provided, List<String> path, List<Selection> kept, List<NestedFetch> nested) {
            for (var candidate : supergraph.subgraphs()) {
                String owner = candidate.name();
                if (!lacking.keySet().stream().allMatch(name -> resolves(owner, type, name)
                        && supergraph.requires(type, name, owner).isEmpty())) {
                    continue;
                }
                var key = keys(owner, type).stream().filter(each -> FieldSets.topLevelNames(each).stream()
                        .allMatch(name -> available(subgraph, type, name, provided))).findFirst();
                if (key.isEmpty()) {
                    continue;
                }
                List<String> carried = new ArrayList<>();
                Map<String, String> plain = new LinkedHashMap<>();
                for (Field keyField : FieldSets.parse(key.get()).getSelectionsOfType(Field.class)) {
                    carried.add(keyField.getName());
                    plain.put(keyField.getName(), keyField.getName());
                    if (kept.stream().noneMatch(each -> each instanceof Field field
                            && field.getName().equals(keyField.getName()))) {
                        kept.add(answerable(subgraph, type, keyField, provided, append(path, keyField.getName()),
                                nested));
                    }
                }
                int id = nextEntityFetch++;
                ExecutableNormalizedField entities = entitiesField(id);
                List<String> ownType = namesIn(owner, List.of(type));
                lacking.values().forEach(field -> entities.addChild(hiddenTree(candidate.schema(), ownType, field,
                        null, entities)));
                EntityFetch fetch = new EntityFetch(id, owner, entitiesSelection(owner, entities, id), carried, null,
                        plain, ownType.get(0), List.of());
                plan.add(fetch);
                return fetch;
            }
            throw new PlanningException(type + "." + lacking.keySet().iterator().next() + " is needed in a "
                    + "representation but no subgraph resolves it by a key subgraph " + subgraph + " has");
        }

        private PlanNode nestedNode(NestedFetch nested) {
            return new PlanNode.Flatten(String.join(".", nested.path()),
                    new PlanNode.Fetch(nested.fetch().subgraph(), nested.fetch().selection()));
        }

        private static List<String> append(List<String> path, String key) {
            List<String> longer = new ArrayList<>(path);
            longer.add(key);
            return List.copyOf(longer);
        }

        private static ExecutableNormalizedField entitiesField(int id) {
            return ExecutableNormalizedField.newNormalizedField().objectTypeNames(List.of("Query"))
                    .fieldName("_entities").alias("n" + id).level(1).build();
        }

        private RootFetch rootFetch(String subgraph, Operation kind, List<ExecutableNormalizedField> fields) {
            GraphQLSchema schema = supergraph.subgraph(subgraph).schema();
            Document document = Document.newDocument().definition(OperationDefinition.newOperationDefinition()
                    .operation(kind).selectionSet(SubgraphSelections.of(schema,
                            kind == Operation.MUTATION ? schema.getMutationType() : schema.getQueryType(), fields))
                    .build()).build();
            RootFetch fetch = new RootFetch(subgraph, AstPrinter.printAstCompact(document), kind == Operation.MUTATION,
                    fields.stream().map(ExecutableNormalizedField::getFieldName).collect(Collectors.joining(",")));
            plan.add(fetch);
            return fetch;
        }

        private String entitiesSelection(String subgraph, ExecutableNormalizedField entities, int id) {
            GraphQLSchema schema = supergraph.subgraph(subgraph).schema();
            Field field = (Field) SubgraphSelections.of(schema, schema.getQueryType(), List.of(entities))
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

        /**
         * The subgraph that resolves {@code type.field} for a child moved off its parent's subgraph {@code from}: of
         * several, one with a key on the type whose key {@code from} has, then the one leaving the fewest fields to
         * others. A field asked of an interface, whatever its implementation ({@code ofInterface}), goes where an
         * {@code @interfaceObject} resolves it, if one does: there the implementation need not be known.
         */
        private String ownerOn(String type, ExecutableNormalizedField field, String from, SelectionSet provided,
                boolean ofInterface) {
            List<String> resolvers = supergraph.resolvers(type, field.getFieldName());
            if (resolvers.isEmpty()) {
                throw new PlanningException("No subgraph resolves " + type + "." + field.getFieldName());
            }
            if (resolvers.size() == 1) {
                return resolvers.get(0);
            }
            if (ofInterface) {
                var standIn = resolvers.stream().filter(owner -> supergraph.isInterfaceObject(owner,
                        supergraph.typeIn(owner, type))).findFirst();
                if (standIn.isPresent()) {
                    return standIn.get();
                }
            }
            List<String> reachable = resolvers.stream().filter(each -> keyAvailable(from, each, type, provided))
                    .toList();
            return (reachable.isEmpty() ? resolvers : reachable).stream().min(java.util.Comparator.comparingInt(
                    each -> entityFields(each, field, List.of(type), null))).orElseThrow();
        }

        /** Whether the field's objects may be of several types (or of none: an interface nothing implements). */
        private boolean isAbstract(ExecutableNormalizedField field) {
            GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType(supergraph.schema()));
            return type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType;
        }

        /** The object types a field's children may have: what its hidden {@code __typename} is asked on. */
        private static Set<String> childTypes(ExecutableNormalizedField field) {
            Set<String> types = new LinkedHashSet<>();
            field.getChildren().forEach(child -> types.addAll(child.getObjectTypeNames()));
            return types;
        }

        private static boolean isMeta(ExecutableNormalizedField field) {
            return isMetaName(field.getFieldName());
        }

        private static boolean isMetaName(String fieldName) {
            return fieldName.startsWith("__");
        }
    }
}
