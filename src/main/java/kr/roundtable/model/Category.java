package kr.roundtable.model;

/** 분야: a user-editable category of remarks (규제, 자금·금융, …), shown in {@code position} order. */
public record Category(long id, String name, int position) {
    public Category {
        name = Text.require(name, "name");
    }
}
