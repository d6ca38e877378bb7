package th.oitcrawler.cli;

/** The exit codes scripts rely on (design notes, command-line contract). */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int ITEMS_FAIL = 1;
    public static final int BAD_INPUT = 2;
    public static final int HOMEPAGE_UNREACHABLE = 3;
    public static final int INTERNAL_ERROR = 4;

    private ExitCodes() {
    }
}
