package th.oitcrawler.crawl.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Classifies IP addresses by their bytes (never by a reverse lookup). IPv6 forms that embed an
 * IPv4 address (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16)
 * are judged by the IPv4 address inside, so ::ffff:127.0.0.1 is loopback.
 */
public final class AddressRanges {
    private AddressRanges() {
    }

    public static AddressKind kindOf(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            return kindOf4(b);
        }
        if (address instanceof Inet6Address) {
            return kindOf6(b);
        }
        return AddressKind.RESERVED;
    }

    private static AddressKind kindOf4(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        if (a0 == 0) {
            return AddressKind.UNSPECIFIED;
        }
        if (a0 == 127) {
            return AddressKind.LOOPBACK;
        }
        if (a0 == 10 || (a0 == 172 && a1 >= 16 && a1 <= 31) || (a0 == 192 && a1 == 168)
                || (a0 == 100 && a1 >= 64 && a1 <= 127)) {
            return AddressKind.PRIVATE;
        }
        if (a0 == 169 && a1 == 254) {
            return AddressKind.LINK_LOCAL;
        }
        if (a0 >= 224 && a0 <= 239) {
            return AddressKind.MULTICAST;
        }
        if (a0 >= 240) {
            return AddressKind.RESERVED;
        }
        return AddressKind.PUBLIC;
    }

    private static AddressKind kindOf6(byte[] b) {
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) {
            return kindOf4(embedded);
        }
        if (allZero(b, 0, 15)) {
            return b[15] == 1 ? AddressKind.LOOPBACK : b[15] == 0 ? AddressKind.UNSPECIFIED : AddressKind.RESERVED;
        }
        int b0 = b[0] & 0xff;
        if (b0 == 0xff) {
            return AddressKind.MULTICAST;
        }
        if (b0 == 0xfe && (b[1] & 0xc0) == 0x80) {
            return AddressKind.LINK_LOCAL;
        }
        if ((b0 & 0xfe) == 0xfc) {
            return AddressKind.UNIQUE_LOCAL;
        }
        if (b0 == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return AddressKind.UNIQUE_LOCAL; // deprecated site-local fec0::/10, still private
        }
        return AddressKind.PUBLIC;
    }

    /** The IPv4 address an IPv6 address carries, or null when it carries none. */
    private static byte[] embeddedIpv4(byte[] b) {
        boolean mapped = allZero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = allZero(b, 0, 12) && !allZero(b, 12, 15); // ::1 and :: are handled by the caller
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) { // 6to4: 2002:a.b.c.d::/48
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Parses an IP literal (IPv6 with or without brackets) without any DNS lookup; null when not one. */
    static InetAddress literal(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean v4 = h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = h.contains(":") && h.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(h); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
