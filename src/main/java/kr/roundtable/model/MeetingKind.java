package kr.roundtable.model;

/** 간담회 형식: 간담회, 정책협의회, 포럼, 현장방문, 토론회. */
public enum MeetingKind implements Labelled {
    ROUNDTABLE, POLICY_COUNCIL, FORUM, SITE_VISIT, DEBATE
}
