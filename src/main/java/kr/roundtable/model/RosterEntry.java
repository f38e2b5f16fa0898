package kr.roundtable.model;

/** A person as the roster shows them: with the organization's name resolved. */
public record RosterEntry(Person person, String organizationName) {
}
