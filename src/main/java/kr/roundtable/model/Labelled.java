package kr.roundtable.model;

/** An enum whose user-visible label lives in the resource bundles under {@code enum.<Type>.<CONSTANT>}. */
public interface Labelled {
    String name();

    default String labelKey() {
        Class<?> type = getClass().isEnum() ? getClass() : getClass().getSuperclass();
        return "enum." + type.getSimpleName() + "." + name();
    }
}
