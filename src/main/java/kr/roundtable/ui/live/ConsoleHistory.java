package kr.roundtable.ui.live;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** Every change made in the console, undone with Ctrl+Z and redone with Ctrl+Shift+Z. */
final class ConsoleHistory {
    private final Deque<Change> done = new ArrayDeque<>();
    private final Deque<Change> undone = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    /** A change: how to take it back, and how to make it again. */
    interface Change {
        String description();

        void undo();

        void redo();
    }

    void done(Change change) {
        done.push(change);
        undone.clear();
        update();
    }

    Change undo() {
        Change c = done.poll();
        if (c != null) {
            c.undo();
            undone.push(c);
        }
        update();
        return c;
    }

    Change redo() {
        Change c = undone.poll();
        if (c != null) {
            c.redo();
            done.push(c);
        }
        update();
        return c;
    }

    private void update() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }
}
