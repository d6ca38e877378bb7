package th.oitcrawler.crawl.net;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A name service for tests: fixed answers per host name, optionally a sequence (DNS rebinding:
 * the first answers public, later ones private). Addresses made by {@link #publicSite} are served
 * on 127.0.0.1 but vouched for as public, standing in for a municipality's real public address.
 */
public final class TableNameService implements NameService {
    private final Map<String, List<InetAddress[]>> answers = new ConcurrentHashMap<>();
    private final Map<String, Integer> asked = new ConcurrentHashMap<>();
    private final List<InetAddress> vouched = new ArrayList<>();

    /** A loopback address this name service calls public (compared by identity, never by value). */
    public InetAddress publicSite(String host) throws UnknownHostException {
        InetAddress a = InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1});
        synchronized (vouched) {
            vouched.add(a);
        }
        return a;
    }

    /** Answers {@code host} with each given answer in turn, repeating the last one. */
    public TableNameService answer(String host, InetAddress[]... inTurn) {
        answers.put(host, List.of(inTurn));
        return this;
    }

    public static InetAddress[] ip(String... literals) throws UnknownHostException {
        InetAddress[] out = new InetAddress[literals.length];
        for (int i = 0; i < literals.length; i++) {
            out[i] = InetAddress.getByName(literals[i]);
        }
        return out;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        List<InetAddress[]> list = answers.get(host);
        if (list == null) {
            throw new UnknownHostException(host);
        }
        int n = asked.merge(host, 1, Integer::sum) - 1;
        return list.get(Math.min(n, list.size() - 1)).clone();
    }

    @Override
    public boolean vouchesForPublic(InetAddress address) {
        synchronized (vouched) {
            return vouched.stream().anyMatch(v -> v == address);
        }
    }
}
