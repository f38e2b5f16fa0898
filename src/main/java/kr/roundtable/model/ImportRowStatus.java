package kr.roundtable.model;

/** What importing a row will do: add a new person, update an existing one (same name and organization), or fail. */
public enum ImportRowStatus implements Labelled {
    NEW, UPDATE, ERROR
}
