package kr.roundtable.model;

/** 준비 → 진행 → 종료 → 확정. */
public enum MeetingStatus implements Labelled {
    PREPARING, IN_PROGRESS, CLOSED, CONFIRMED
}
