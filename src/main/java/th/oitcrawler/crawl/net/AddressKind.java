package th.oitcrawler.crawl.net;

import java.util.Locale;

/** What kind of network an IP address is on, as far as fetching strangers' URLs is concerned. */
public enum AddressKind {
    PUBLIC,
    LOOPBACK,
    /** RFC 1918 10/8, 172.16/12, 192.168/16 and carrier-grade NAT 100.64/10 (RFC 6598). */
    PRIVATE,
    /** 169.254/16 (cloud metadata services live at 169.254.169.254) and fe80::/10. */
    LINK_LOCAL,
    /** fc00::/7, IPv6's private range. */
    UNIQUE_LOCAL,
    MULTICAST,
    /** 0.0.0.0/8 and ::, which many systems treat as "this host". */
    UNSPECIFIED,
    /** 240/4 and the broadcast address: never a web server. */
    RESERVED;

    public boolean isPublic() {
        return this == PUBLIC;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
