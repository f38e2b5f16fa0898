package kr.roundtable.ui.meeting;

import java.util.function.Function;

import javafx.util.StringConverter;

/** Shows a value in a ComboBox through a function; the ComboBoxes using it are not typed into. */
final class LabelConverter<T> extends StringConverter<T> {
    private final Function<T, String> text;

    LabelConverter(Function<T, String> text) {
        this.text = text;
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : text.apply(value);
    }

    @Override
    public T fromString(String string) {
        return null;
    }
}
