package kr.roundtable.app;

/** Exit codes of the command line; 2 is picocli's own for bad arguments. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int LOCKED = 3;
    public static final int DATABASE_PROBLEM = 4;

    private ExitCode() {
    }
}
