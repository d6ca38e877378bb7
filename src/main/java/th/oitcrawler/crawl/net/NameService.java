package th.oitcrawler.crawl.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Turns host names into addresses. The system's resolver in production; tests plug in a fixed
 * table, so a "public-looking" fixture host can point at a loopback test server.
 */
public interface NameService {
    /** The operating system's resolver (IP literals are parsed, not looked up). */
    NameService SYSTEM = InetAddress::getAllByName;

    /** @throws UnknownHostException when the name does not resolve */
    InetAddress[] resolve(String host) throws UnknownHostException;

    /**
     * True for an address this name service itself vouches for as a public site even though its
     * bytes say otherwise. Only test name services do (their "public" fixture hosts are served on
     * 127.0.0.1); the system resolver vouches for nothing.
     */
    default boolean vouchesForPublic(InetAddress address) {
        return false;
    }
}
