package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import th.oitcrawler.evidence.ProbeResult;
import th.oitcrawler.evidence.UrlProbe;

/**
 * Bad certificates served by the JDK's HTTPS server on 127.0.0.1, with certificates made by
 * {@code keytool} for this test: each refusal is named, and a homepage behind one is "blocked".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TlsFailuresIT {
    private static final String PASS = "changeit";
    private Path dir;
    private final List<HttpsServer> servers = new ArrayList<>();

    @BeforeAll
    void makeCertificates() throws Exception {
        dir = java.nio.file.Files.createTempDirectory("oit-tls-");
        // independent key pairs in parallel: each keytool is a JVM start
        waitFor(keytool("-genkeypair", "-alias", "s", "-keystore", "expired.p12", "-dname", "CN=localhost",
                        "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-startdate", "-400d", "-validity", "30"),
                keytool("-genkeypair", "-alias", "s", "-keystore", "self.p12", "-dname", "CN=localhost",
                        "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "365"),
                keytool("-genkeypair", "-alias", "s", "-keystore", "wrong.p12", "-dname", "CN=wrong.example",
                        "-ext", "SAN=dns:wrong.example", "-validity", "365"),
                keytool("-genkeypair", "-alias", "ca", "-keystore", "ca.p12", "-dname", "CN=Test Intermediate CA",
                        "-ext", "bc:c", "-validity", "365"),
                keytool("-genkeypair", "-alias", "s", "-keystore", "leaf.p12", "-dname", "CN=localhost",
                        "-validity", "365"));
        waitFor(keytool("-certreq", "-alias", "s", "-keystore", "leaf.p12", "-file", "leaf.csr"));
        waitFor(keytool("-gencert", "-alias", "ca", "-keystore", "ca.p12", "-infile", "leaf.csr", "-outfile", "leaf.crt",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "365"));
    }

    private Process keytool(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-J-XX:TieredStopAtLevel=1", "-J-XX:+UseSerialGC"));
        cmd.addAll(List.of(args));
        if (List.of(args).contains("-genkeypair")) {
            cmd.addAll(List.of("-storetype", "PKCS12", "-keyalg", "EC", "-groupname", "secp256r1"));
        }
        cmd.addAll(List.of("-storepass", PASS, "-keypass", PASS));
        return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    }

    private static void waitFor(Process... ps) throws Exception {
        for (Process p : ps) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), out);
        }
    }

    @AfterAll
    void stop() {
        servers.forEach(s -> s.stop(0));
        WorkDirs.deleteQuietly(dir);
    }

    private KeyStore load(String file) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(dir.resolve(file).toFile())) {
            ks.load(in, PASS.toCharArray());
        }
        return ks;
    }

    /** Serves a page over TLS with the key store's certificate. */
    private String serve(String keyStore) throws Exception {
        return serve(load(keyStore));
    }

    /** Serves the CA-signed leaf, with the intermediate CA's certificate or (as misconfigured servers do) without. */
    private String serveSignedLeaf(boolean sendIntermediate) throws Exception {
        KeyStore leaf = load("leaf.p12");
        Certificate signed;
        try (InputStream in = new FileInputStream(dir.resolve("leaf.crt").toFile())) {
            signed = CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        Certificate[] chain = sendIntermediate
                ? new Certificate[] {signed, load("ca.p12").getCertificate("ca")} : new Certificate[] {signed};
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("s", leaf.getKey("s", PASS.toCharArray()), PASS.toCharArray(), chain);
        return serve(ks);
    }

    private String serve(KeyStore ks) throws Exception {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, PASS.toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ctx));
        server.createContext("/", ex -> {
            byte[] body = "<html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        servers.add(server);
        return "https://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    private void assertHomepage(String home, FetchStatus want) throws Exception {
        CrawlResult r = SiteCrawler.create().crawl(CrawlOptions.builder(URI.create(home)).delayMs(0)
                .respectRobots(false).readTimeoutMs(5000).build());
        assertEquals(want, CrawlResult.fetchStatus(r.homepageNode()), r.homepageNode().error());
        assertEquals(SiteStatus.BLOCKED, r.siteStatus());
    }

    @Test
    void anExpiredCertificateIsNamed() throws Exception {
        assertHomepage(serve("expired.p12"), FetchStatus.TLS_EXPIRED);
    }

    @Test
    void aSelfSignedCertificateIsNamed() throws Exception {
        assertHomepage(serve("self.p12"), FetchStatus.TLS_SELF_SIGNED);
    }

    @Test
    void aCertificateForAnotherHostIsNamed() throws Exception {
        assertHomepage(serve("wrong.p12"), FetchStatus.TLS_HOSTNAME_MISMATCH);
    }

    @Test
    void aServerThatDoesNotSendItsIntermediateIsNamed() throws Exception {
        assertHomepage(serveSignedLeaf(false), FetchStatus.TLS_INCOMPLETE_CHAIN);
    }

    @Test
    void aFullChainToAnUnknownRootIsUntrusted() throws Exception {
        assertHomepage(serveSignedLeaf(true), FetchStatus.TLS_UNTRUSTED);
    }

    @Test
    void theEvidenceProbeNamesTlsRefusalsToo() throws Exception {
        String url = serve("expired.p12");
        CrawlOptions o = CrawlOptions.builder(URI.create(url)).build();
        try (UrlProbe probe = UrlProbe.forCrawl(o, 1024)) {
            ProbeResult r = probe.probe(url);
            assertTrue(r.error() != null && r.error().startsWith("tls-expired: "), r.error());
        }
    }
}
