package kr.roundtable.testutil;

import kr.roundtable.model.Person;

/** A person with sensible defaults: 홍길동, 대표, no organization. */
public final class PersonBuilder {
    private String name = "홍길동";
    private Long organizationId;
    private String department = "대외협력팀";
    private String title = "대표";
    private String phone = "010-0000-0001";
    private String email = "hong@example.kr";
    private Integer birthYear;

    public PersonBuilder withName(String value) {
        this.name = value;
        return this;
    }

    public PersonBuilder withOrganization(Long value) {
        this.organizationId = value;
        return this;
    }

    public PersonBuilder withTitle(String value) {
        this.title = value;
        return this;
    }

    public PersonBuilder withPhone(String value) {
        this.phone = value;
        return this;
    }

    public PersonBuilder withBirthYear(Integer value) {
        this.birthYear = value;
        return this;
    }

    public Person build() {
        return new Person(0, name, organizationId, department, title, null, phone, email, null, birthYear);
    }
}
