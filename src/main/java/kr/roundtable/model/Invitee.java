package kr.roundtable.model;

/** A participant with the person's current name, organization and title, for the invitation list. */
public record Invitee(Participant participant, String name, String organizationName, String title,
                      String substituteName) {
    /** The organization to show: what the person held at the meeting, else what they hold now. */
    public String shownOrganization() {
        return participant.organizationName() != null ? participant.organizationName() : organizationName;
    }

    public String shownTitle() {
        return participant.title() != null ? participant.title() : title;
    }
}
