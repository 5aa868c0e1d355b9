package io.devzone.party.domain;

/** The honours (表彰) the Party awards; the first goes to an organisation, the others to a person. */
public enum HonourKind {
    /** 先进基层党组织 */
    ADVANCED_GRASSROOTS_ORGANISATION,
    /** 优秀共产党员 */
    OUTSTANDING_MEMBER,
    /** 优秀党务工作者 */
    OUTSTANDING_PARTY_WORKER;

    public boolean forOrganisation() {
        return this == ADVANCED_GRASSROOTS_ORGANISATION;
    }
}
