package io.devzone.gateway.planning;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of one parent selection that another subgraph resolves: for every parent object at run time, one
 * representation ({@code __typename}, its key, any {@code @requires} fields) joins the batch for that subgraph.
 *
 * @param id             unique in its plan; names the {@code _entities} alias and variable in the batched request
 * @param subgraph       the subgraph asked
 * @param selection      {@code n<id>: _entities(representations: $r<id>) { ... }}, arguments inlined
 * @param carriedFields  the names of the fields the representation takes from the parent (key, then requires)
 * @param via            the fetch, from a third subgraph, of the carried fields the parent's subgraph lacks (a key
 *                       or {@code @requires} field resolved elsewhere); null when the parent has them all
 * @param renamed        the hidden alias of a carried field another fetch of the same parent asks with other
 *                       arguments ({@code price(currency: "USD")}, {@code price(currency: "EUR")}); others are under
 *                       {@link #HIDDEN} and their name
 * @param typename       every representation's {@code __typename} when it is not the parent's own: the interface
 *                       the subgraph asked knows the parent's type by ({@code @interfaceObject}), or the type of
 *                       the objects a {@link NestedFetch} completes; otherwise null
 * @param nested         the fetches that complete objects inside the carried fields, in order, once {@code via}
 *                       has answered and before the representation is made; empty for most
 * @param aliased        whether the answer holds fields under {@link SubgraphSelections#ALIAS} aliases to take off
 */
public record EntityFetch(int id, String subgraph, String selection, List<String> carriedFields, EntityFetch via,
        Map<String, String> renamed, String typename, List<NestedFetch> nested, boolean aliased) {

    public EntityFetch(int id, String subgraph, String selection, List<String> carriedFields, EntityFetch via,
            Map<String, String> renamed, String typename, List<NestedFetch> nested) {
        this(id, subgraph, selection, carriedFields, via, renamed, typename, nested,
                selection.contains(SubgraphSelections.ALIAS));
    }

    /** The prefix of the aliases under which the parent's subgraph returns what representations need. */
    public static final String HIDDEN = "_dz_";
    public static final String TYPENAME_ALIAS = HIDDEN + "typename";

    public String alias() {
        return "n" + id;
    }

    public String variable() {
        return "r" + id;
    }

    /** The representation of a parent object, or null when the parent lacks its key (a null key field). */
    public Map<String, Object> representation(Map<String, Object> parent) {
        Object typename = this.typename != null ? this.typename : parent.get(TYPENAME_ALIAS);
        if (typename == null) {
            return null;
        }
        Map<String, Object> representation = new LinkedHashMap<>();
        representation.put("__typename", typename);
        for (String field : carriedFields) {
            Object value = parent.get(renamed.getOrDefault(field, HIDDEN + field));
            if (value == null) {
                return null;
            }
            representation.put(field, value);
        }
        return representation;
    }
}
