package kr.roundtable.model;

import java.util.Objects;

/** 기관: a ministry, agency, company or association. {@code id} is 0 until stored. */
public record Organization(long id, String name, OrganizationKind kind, String sector) {
    public Organization {
        name = Text.require(name, "name");
        Objects.requireNonNull(kind, "kind");
        sector = Text.blankToNull(sector);
    }

    public static Organization of(String name, OrganizationKind kind) {
        return new Organization(0, name, kind, null);
    }

    public Organization withId(long newId) {
        return new Organization(newId, name, kind, sector);
    }
}
