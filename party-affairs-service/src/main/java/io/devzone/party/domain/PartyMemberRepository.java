package io.devzone.party.domain;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartyMemberRepository implements PanacheRepositoryBase<PartyMember, UUID> {
}
