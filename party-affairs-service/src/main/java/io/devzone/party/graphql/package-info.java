/**
 * This service's GraphQL APIs, one class per aggregate ({@code <Aggregate>GraphQL}). The aggregates declared here
 * add nothing to what their {@code @RecordGraphQL} declares, so records-codegen writes each one's API whole from it;
 * an aggregate with fields or operations of its own declares it on its own class.
 */
@RecordGraphQL(service = PartyActivityService.class, plural = "partyActivities",
        get = "One Party activity (活动) by id",
        list = "Party activities, filtered, sorted (e.g. \"-heldOn\", the default) and paged (pages count from 0)",
        delete = "Deletes a Party activity; returns its id")
@RecordGraphQL(service = PartyHonourService.class, plural = "partyHonours",
        get = "One honour (表彰) by id",
        list = "Honours, filtered, sorted (e.g. \"-awardedOn\", the default) and paged (pages count from 0)",
        delete = "Deletes an honour; returns its id")
package io.devzone.party.graphql;

import io.devzone.codegen.RecordGraphQL;
import io.devzone.party.service.PartyActivityService;
import io.devzone.party.service.PartyHonourService;
