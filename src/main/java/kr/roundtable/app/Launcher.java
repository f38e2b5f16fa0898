package kr.roundtable.app;

/**
 * The entry point. It does not extend {@code javafx.application.Application}, so JavaFX, ControlsFX and the app all
 * run from the class path (see docs/developer-guide.md).
 */
public final class Launcher {
    /** Kept referenced: JUL forgets the level of a logger nobody holds. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Launcher() {
    }

    public static void main(String[] args) {
        // JavaFX warns that it runs from the class path; that is our choice (see docs/developer-guide.md)
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        System.exit(RoundtableCommand.execute(args, System.out, System.err));
    }
}
