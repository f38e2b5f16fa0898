package kr.roundtable.model;

/** 처리의견. */
public enum Disposition implements Labelled {
    ACCEPTED, PARTIALLY_ACCEPTED, NOT_ACCEPTED, LONG_TERM_REVIEW, UNDER_REVIEW, ALREADY_DONE, TRANSFERRED
}
