package kr.roundtable.model;

/**
 * 인물: someone the office has invited, kept across meetings.
 * {@code rank} is an optional precedence override (lower is more senior); {@code birthYear} breaks ties by age.
 */
public record Person(long id, String name, Long organizationId, String department, String title,
                     Integer rank, String phone, String email, String note, Integer birthYear) {
    public Person {
        name = Text.require(name, "name");
        department = Text.blankToNull(department);
        title = Text.blankToNull(title);
        phone = Text.blankToNull(phone);
        email = Text.blankToNull(email);
        note = Text.blankToNull(note);
    }

    public static Person of(String name, Long organizationId, String title) {
        return new Person(0, name, organizationId, null, title, null, null, null, null, null);
    }

    public Person withId(long newId) {
        return new Person(newId, name, organizationId, department, title, rank, phone, email, note, birthYear);
    }
}
