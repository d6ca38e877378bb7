package th.oitcrawler.crawl.net;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressRangesTest {
    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, LOOPBACK", "127.255.0.9, LOOPBACK", "::1, LOOPBACK", "::ffff:127.0.0.1, LOOPBACK",
            "::127.0.0.1, LOOPBACK",
            "10.0.0.1, PRIVATE", "172.16.0.1, PRIVATE", "172.31.255.255, PRIVATE", "192.168.1.1, PRIVATE",
            "100.64.0.1, PRIVATE", "::ffff:10.0.0.1, PRIVATE", "64:ff9b::a00:1, PRIVATE", "2002:c0a8:0101::1, PRIVATE",
            "169.254.169.254, LINK_LOCAL", "fe80::1, LINK_LOCAL", "::ffff:169.254.169.254, LINK_LOCAL",
            "fc00::1, UNIQUE_LOCAL", "fd12:3456::1, UNIQUE_LOCAL",
            "224.0.0.1, MULTICAST", "239.255.255.250, MULTICAST", "ff02::1, MULTICAST",
            "0.0.0.0, UNSPECIFIED", "0.1.2.3, UNSPECIFIED", "::, UNSPECIFIED",
            "255.255.255.255, RESERVED", "240.0.0.1, RESERVED",
            "8.8.8.8, PUBLIC", "172.32.0.1, PUBLIC", "100.128.0.1, PUBLIC", "203.150.1.1, PUBLIC",
            "2001:4860:4860::8888, PUBLIC", "::ffff:8.8.8.8, PUBLIC"})
    void classifiesByTheAddressBytes(String literal, AddressKind kind) throws Exception {
        assertEquals(kind, AddressRanges.kindOf(InetAddress.getByName(literal)), literal);
    }
}
