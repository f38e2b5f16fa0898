package kr.roundtable.model;

/** 회의에서의 역할: 주재, 발표, 참석. */
public enum ParticipantRole implements Labelled {
    CHAIR, PRESENTER, ATTENDEE
}
