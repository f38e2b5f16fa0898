package kr.roundtable.imports;

/** A file that cannot be imported at all; {@link Kind} names the message the user sees. */
public final class ImportProblem extends Exception {
    /** Why the file cannot be read as an attendee list. */
    public enum Kind {
        NOT_SPREADSHEET, ENCRYPTED, ZIP_BOMB, TOO_LARGE, TOO_MANY_ROWS, EMPTY, NO_HEADER, UNREADABLE
    }

    private final Kind kind;

    public ImportProblem(Kind kind, String detail, Throwable cause) {
        super(kind + (detail == null ? "" : ": " + detail), cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
