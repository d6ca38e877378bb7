package th.oitcrawler.crawl;

/** The User-Agent we send: names the tool and its version so site owners can tell who called. */
public final class UserAgent {
    public static final String VERSION = versionFromJar();
    public static final String DEFAULT = "oit-crawler/" + VERSION + " (OIT self-check; +https://github.com/oit-crawler)";

    private UserAgent() {
    }

    private static String versionFromJar() {
        String v = UserAgent.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
