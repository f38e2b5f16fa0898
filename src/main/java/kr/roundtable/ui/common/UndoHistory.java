package kr.roundtable.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import kr.roundtable.service.Undo;

/** The changes of this session that can be taken back, newest last; Ctrl+Z takes back the newest. */
public final class UndoHistory {
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lastDescription = new ReadOnlyStringWrapper("");
    private Runnable afterUndo = () -> { };

    private record Entry(String description, Undo undo, Runnable refresh) {
    }

    /** Remembers {@code undo}; {@code refresh} runs after it was undone so the screen shows the result. */
    public void push(String description, Undo undo, Runnable refresh) {
        entries.push(new Entry(description, undo, refresh));
        update();
    }

    /** Undoes the newest change; returns its description, or null when there was nothing to undo. */
    public String undo() {
        Entry entry = entries.poll();
        if (entry == null) {
            return null;
        }
        entry.undo().undo();
        entry.refresh().run();
        afterUndo.run();
        update();
        return entry.description();
    }

    public void setAfterUndo(Runnable action) {
        this.afterUndo = action;
    }

    private void update() {
        canUndo.set(!entries.isEmpty());
        lastDescription.set(entries.isEmpty() ? "" : entries.peek().description());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastDescriptionProperty() {
        return lastDescription.getReadOnlyProperty();
    }
}
