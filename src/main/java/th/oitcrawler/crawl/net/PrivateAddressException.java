package th.oitcrawler.crawl.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A host resolved only to addresses the crawl may not connect to (loopback, private, link-local…).
 * An {@link UnknownHostException} so that HttpClient fails the connection exactly as for a name that
 * does not resolve: nothing is sent.
 */
public final class PrivateAddressException extends UnknownHostException {
    private final String host;
    private final InetAddress address;
    private final AddressKind kind;

    PrivateAddressException(String host, InetAddress address, AddressKind kind) {
        super("refused private address: " + host + " resolves to " + address.getHostAddress() + " ("
                + kind.jsonName() + "); a crawl that starts on a public host never connects to it"
                + " (use --allow-private to allow it)");
        this.host = host;
        this.address = address;
        this.kind = kind;
    }

    public String host() {
        return host;
    }

    public InetAddress address() {
        return address;
    }

    public AddressKind kind() {
        return kind;
    }
}
