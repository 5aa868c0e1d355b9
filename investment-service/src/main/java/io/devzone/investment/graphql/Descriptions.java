package io.devzone.investment.graphql;

/** What several of this service's GraphQL APIs describe in the same words, written once. */
final class Descriptions {

    /** The {@code history} of a record whose money fields are tracked. */
    static final String MONEY_HISTORY = "Who changed the money fields, when, from what to what (investment and leaders only)";

    private Descriptions() {
    }
}
