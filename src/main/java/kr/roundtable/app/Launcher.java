package kr.roundtable.app;

/**
 * The entry point. It does not extend {@code javafx.application.Application}, so JavaFX, ControlsFX and the app all
 * run from the class path (see docs/developer-guide.md).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.exit(RoundtableCommand.execute(args, System.out, System.err));
    }
}
