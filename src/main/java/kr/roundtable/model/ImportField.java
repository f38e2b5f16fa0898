package kr.roundtable.model;

/** What a column of an attendee list holds. */
public enum ImportField implements Labelled {
    NAME, ORGANIZATION, DEPARTMENT, TITLE, PHONE, EMAIL, IGNORED
}
