package io.devzone.party.domain;

/** The kinds of activity (活动) the zone Party committee organises or takes part in. */
public enum ActivityType {
    /** 党课 */
    PARTY_LECTURE,
    /** 民主生活会 */
    DEMOCRATIC_LIFE_MEETING,
    /** 主题活动 */
    THEMED_ACTIVITY,
    /** 培训, e.g. the 民生100工程 skills training */
    TRAINING,
    /** 招聘会 */
    JOB_FAIR,
    /** 运动会 */
    SPORTS_MEET,
    /** 知识竞赛 */
    KNOWLEDGE_QUIZ,
    /** anything else */
    OTHER
}
