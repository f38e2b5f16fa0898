package kr.roundtable.service;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import kr.roundtable.model.Organization;
import kr.roundtable.model.OrganizationKind;
import kr.roundtable.model.Person;
import kr.roundtable.model.PersonHistory;
import kr.roundtable.model.PhoneNumbers;
import kr.roundtable.model.RosterEntry;
import kr.roundtable.model.SearchText;
import kr.roundtable.model.Text;
import kr.roundtable.storage.Snapshot;

/** The roster of people and organizations: search, edit, delete with undo, merge, history. */
public final class RosterService {
    /** At most this many search results are shown; the screen says when there are more. */
    public static final int SEARCH_LIMIT = 200;
    private static final Collator KOREAN = Collator.getInstance(Locale.KOREAN);

    private final Repositories repos;

    public RosterService(Repositories repos) {
        this.repos = repos;
    }

    /**
     * People matching every word of {@code query} over name, organization, department, title, phone and email, and
     * 초성 ("ㅎㄱㄷ"); names that contain the query come first, then 가나다 order. Blank: everyone (up to the limit).
     */
    public List<RosterEntry> search(String query) {
        String q = query == null ? "" : SearchText.normalizeQuery(query);
        List<RosterEntry> found = new ArrayList<>(repos.db().read(() -> q.isEmpty()
                ? repos.people().entries(SEARCH_LIMIT + 1)
                : repos.people().search(q, SEARCH_LIMIT + 1)));
        found.sort(Comparator.comparing((RosterEntry e) -> !e.person().name().contains(q))
                .thenComparing(e -> e.person().name(), KOREAN)
                .thenComparing(e -> e.organizationName() == null ? "" : e.organizationName(), KOREAN));
        return found;
    }

    public RosterEntry entry(long personId) {
        return repos.db().read(() -> repos.people().entry(personId))
                .orElseThrow(() -> new Refusal("roster.error.gone"));
    }

    public PersonHistory history(long personId) {
        return repos.db().read(() -> repos.people().history(personId));
    }

    public List<Organization> organizations() {
        List<Organization> all = new ArrayList<>(repos.db().read(() -> repos.organizations().all()));
        all.sort(Comparator.comparing(Organization::name, KOREAN));
        return all;
    }

    /**
     * Saves a person (new when id is 0). {@code organizationName} is picked from the list or typed: an unknown name
     * creates the organization on the spot with {@code kindIfNew}. The phone is normalised.
     */
    public RosterEntry save(Person person, String organizationName, OrganizationKind kindIfNew) {
        return repos.db().write(() -> {
            String orgName = Text.blankToNull(organizationName);
            Long orgId = orgName == null ? null : repos.organizations().findOrCreate(orgName,
                    kindIfNew == null ? OrganizationKind.OTHER : kindIfNew).id();
            Person normalized = new Person(person.id(), person.name(), orgId, person.department(), person.title(),
                    person.rank(), PhoneNumbers.normalize(person.phone()), person.email(), person.note(),
                    person.birthYear());
            if (normalized.id() == 0) {
                normalized = repos.people().insert(normalized);
            } else {
                repos.people().update(normalized);
            }
            return new RosterEntry(normalized, orgName);
        });
    }

    /** Renames or re-kinds an organization; its people are found by the new name at once. */
    public Organization saveOrganization(Organization organization) {
        return repos.db().write(() -> {
            repos.organizations().findByName(organization.name()).filter(o -> o.id() != organization.id())
                    .ifPresent(o -> {
                        throw new Refusal("roster.error.organizationExists", o.name());
                    });
            if (organization.id() == 0) {
                return repos.organizations().insert(organization);
            }
            repos.organizations().update(organization);
            repos.people().reindexOrganization(organization.id());
            return organization;
        });
    }

    /** Deletes a person who is in no meeting; the returned {@link Undo} brings them back. */
    public Undo delete(long personId) {
        Snapshot snapshot = repos.db().write(() -> {
            if (repos.people().isReferenced(personId)) {
                throw new Refusal("roster.error.inMeetings",
                        repos.people().find(personId).map(Person::name).orElse(""));
            }
            Snapshot taken = repos.people().snapshot(personId);
            repos.people().delete(personId);
            return taken;
        });
        return () -> repos.db().write(() -> repos.people().restore(snapshot));
    }

    /**
     * Merges two records of one person into {@code keepId}: every participation and remark of {@code dropId} moves to
     * it, fields the kept record lacks are taken from the other, and {@code dropId} is deleted.
     */
    public RosterEntry merge(long keepId, long dropId) {
        if (keepId == dropId) {
            throw new Refusal("roster.error.mergeSelf");
        }
        return repos.db().write(() -> {
            Person keep = repos.people().find(keepId).orElseThrow(() -> new Refusal("roster.error.gone"));
            Person drop = repos.people().find(dropId).orElseThrow(() -> new Refusal("roster.error.gone"));
            repos.people().mergeInto(keepId, dropId);
            Person filled = new Person(keepId, keep.name(), first(keep.organizationId(), drop.organizationId()),
                    first(keep.department(), drop.department()), first(keep.title(), drop.title()),
                    first(keep.rank(), drop.rank()), first(keep.phone(), drop.phone()),
                    first(keep.email(), drop.email()), joinNotes(keep.note(), drop.note()),
                    first(keep.birthYear(), drop.birthYear()));
            repos.people().update(filled);
            return repos.people().entry(keepId).orElseThrow();
        });
    }

    /** Fills the search text of rows written before it existed; run once at start. */
    public int reindexMissing() {
        return repos.db().write(() -> repos.people().reindexMissing());
    }

    private static <T> T first(T preferred, T fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String joinNotes(String a, String b) {
        if (a == null || b == null || a.equals(b)) {
            return first(a, b);
        }
        return a + "\n" + b;
    }
}
