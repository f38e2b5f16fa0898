package kr.roundtable.model;

/** 후속조치 상태: 예정, 추진중, 완료, 추진불가. */
public enum FollowUpStatus implements Labelled {
    PLANNED, IN_PROGRESS, DONE, NOT_FEASIBLE
}
