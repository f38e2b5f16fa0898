package kr.roundtable.model;

/** Which side (구분) a person of an organization of some kind usually sits on. */
public final class Sides {
    private Sides() {
    }

    public static Side defaultFor(OrganizationKind kind) {
        if (kind == null) {
            return Side.COMPANY;
        }
        return switch (kind) {
            case MINISTRY -> Side.GOVERNMENT;
            case PUBLIC_INSTITUTION, ASSOCIATION -> Side.RELATED_AGENCY;
            case RESEARCH_INSTITUTE, UNIVERSITY -> Side.EXPERT;
            default -> Side.COMPANY;
        };
    }
}
