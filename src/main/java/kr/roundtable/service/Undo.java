package kr.roundtable.service;

/** A change that can be taken back, such as a delete: {@link #undo()} restores what it removed, in one transaction. */
@FunctionalInterface
public interface Undo {
    void undo();
}
