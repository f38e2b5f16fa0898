package kr.roundtable.model;

/** A first guess of an organization's kind from its Korean name, for organizations created by an import. */
public final class OrganizationKinds {
    private OrganizationKinds() {
    }

    public static OrganizationKind guess(String name) {
        String n = name.replace(" ", "");
        if (n.endsWith("부") || n.endsWith("처") || n.endsWith("청") || n.endsWith("위원회") || n.endsWith("실")) {
            return OrganizationKind.MINISTRY;
        }
        if (n.contains("협회") || n.contains("연합회") || n.contains("중앙회") || n.contains("단체") || n.contains("재단")) {
            return OrganizationKind.ASSOCIATION;
        }
        if (n.contains("대학")) {
            return OrganizationKind.UNIVERSITY;
        }
        if (n.endsWith("연구원") || n.endsWith("연구소") || n.contains("연구기관")) {
            return OrganizationKind.RESEARCH_INSTITUTE;
        }
        if (n.endsWith("진흥원") || n.endsWith("공사") || n.endsWith("공단") || n.endsWith("센터") || n.endsWith("원")) {
            return OrganizationKind.PUBLIC_INSTITUTION;
        }
        if (n.contains("투자") || n.contains("캐피탈") || n.contains("벤처스") || n.contains("파트너스")) {
            return OrganizationKind.INVESTOR;
        }
        if (n.contains("주식회사") || n.contains("(주)") || n.contains("㈜")) {
            return OrganizationKind.SME;
        }
        return OrganizationKind.OTHER;
    }
}
