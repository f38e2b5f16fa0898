package kr.roundtable.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 서열: the order of protocol. The chair (주재) first; then, when the sides are ranked separately, the government side
 * before the others; then the title's level, the organization's rank, heads of organizations before others, the
 * older before the younger, and the name. A stored override order, when there is one, wins.
 */
public final class Precedence {
    private static final List<Side> SIDE_ORDER = List.of(Side.GOVERNMENT, Side.RELATED_AGENCY, Side.EXPERT,
            Side.COMPANY, Side.STAFF, Side.PRESS);
    private static final List<OrganizationKind> ORGANIZATION_ORDER = List.of(OrganizationKind.MINISTRY,
            OrganizationKind.PUBLIC_INSTITUTION, OrganizationKind.ASSOCIATION, OrganizationKind.RESEARCH_INSTITUTE,
            OrganizationKind.UNIVERSITY, OrganizationKind.LARGE_COMPANY, OrganizationKind.MIDSIZE_COMPANY,
            OrganizationKind.SME, OrganizationKind.STARTUP, OrganizationKind.INVESTOR, OrganizationKind.FOREIGN,
            OrganizationKind.OTHER);

    private Precedence() {
    }

    /** Who is ranked: what protocol looks at. */
    public record Attendee(long participantId, String name, String title, String organization,
                           OrganizationKind organizationKind, Side side, ParticipantRole role, Integer birthYear) {
    }

    public static List<Attendee> rank(List<Attendee> attendees, TitleLevels levels, boolean sidesTogether) {
        Comparator<Attendee> order = Comparator.comparing((Attendee a) -> a.role() != ParticipantRole.CHAIR);
        if (!sidesTogether) {
            order = order.thenComparing(a -> SIDE_ORDER.indexOf(a.side()));
        }
        order = order.thenComparingInt(a -> levels.level(a.title()))
                .thenComparingInt(a -> a.organizationKind() == null ? ORGANIZATION_ORDER.size()
                        : ORGANIZATION_ORDER.indexOf(a.organizationKind()))
                .thenComparing(a -> !levels.isHead(a.title()))
                .thenComparing(a -> a.birthYear() == null ? Integer.MAX_VALUE : a.birthYear())
                .thenComparing(Attendee::name);
        List<Attendee> ranked = new ArrayList<>(attendees);
        ranked.sort(order);
        return ranked;
    }

    /** The ranked list with the organizer's override applied: overridden ones in their order, new ones after. */
    public static List<Attendee> withOverride(List<Attendee> ranked, List<Long> override) {
        if (override.isEmpty()) {
            return ranked;
        }
        Map<Long, Attendee> byId = new HashMap<>();
        ranked.forEach(a -> byId.put(a.participantId(), a));
        List<Attendee> out = new ArrayList<>();
        for (long id : override) {
            Attendee a = byId.remove(id);
            if (a != null) {
                out.add(a);
            }
        }
        for (Attendee a : ranked) {
            if (byId.containsKey(a.participantId())) {
                out.add(a);
            }
        }
        return out;
    }
}
