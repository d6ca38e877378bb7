package th.oitcrawler.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcDigest;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * One gzipped WARC file (ISO 28500, WARC/1.1, written with jwarc): a warcinfo record, then a request
 * and a response record for every exchange saved. The HTTP message is written as received, except that
 * chunked transfer coding (already undone by the client) is replaced by a Content-Length, so replay
 * tools read the body. Thread-safe; once closed, further saves are ignored (a site cut off by its time
 * budget may still be finishing a request in the background).
 */
public final class WarcArchive implements Closeable {
    private final Path file;
    private final FileChannel channel;
    private final WarcWriter writer;
    private boolean closed;

    private WarcArchive(Path file, FileChannel channel, WarcWriter writer) {
        this.file = file;
        this.channel = channel;
        this.writer = writer;
    }

    /** Creates (or replaces) {@code file} and writes its warcinfo record. */
    public static WarcArchive create(Path file, String software, String description) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("software", List.of(software));
        fields.put("format", List.of("WARC File Format 1.1"));
        fields.put("conformsTo", List.of("https://iso.org/standard/68004.html"));
        fields.put("description", List.of(description));
        w.write(new Warcinfo.Builder().filename(file.getFileName().toString()).fields(fields).build());
        return new WarcArchive(file, ch, w);
    }

    public Path file() {
        return file;
    }

    /** Writes the request and response records of {@code x}; empty when this archive is already closed. */
    public synchronized Optional<ArchivedCopy> save(RecordedExchange x) throws IOException {
        if (closed) {
            return Optional.empty();
        }
        byte[] payload = x.body();
        String sha256 = HexFormat.of().formatHex(sha256(payload));
        URI target = URI.create(x.url());
        URI responseId = URI.create("urn:uuid:" + UUID.randomUUID());
        URI requestId = URI.create("urn:uuid:" + UUID.randomUUID());
        WarcResponse.Builder response = new WarcResponse.Builder(target)
                .recordId(responseId)
                .date(x.startedAt())
                .body(MediaType.HTTP_RESPONSE, responseBytes(x))
                .payloadDigest(new WarcDigest("sha-256", sha256(payload)));
        if (x.truncated()) {
            response.truncated(WarcTruncationReason.LENGTH);
        }
        if (x.remoteAddress() != null) {
            response.ipAddress(InetAddress.getByName(x.remoteAddress()));
        }
        if (x.tlsUnchecked()) {
            response.addHeader("X-OIT-TLS-Unchecked", "read without certificate checks after a TLS problem");
        }
        long offset = writer.position();
        writer.write(response.build());
        writer.write(new WarcRequest.Builder(target)
                .recordId(requestId)
                .date(x.startedAt())
                .concurrentTo(responseId)
                .body(MediaType.HTTP_REQUEST, requestBytes(x))
                .build());
        return Optional.of(new ArchivedCopy(file.getFileName().toString(), offset, strip(responseId), strip(requestId),
                x.url(), x.method(), x.status(), sha256, payload.length, x.truncated(), x.startedAt()));
    }

    static byte[] responseBytes(RecordedExchange x) {
        StringBuilder head = new StringBuilder();
        head.append(x.protocol()).append(' ').append(x.status());
        if (!x.reason().isEmpty()) {
            head.append(' ').append(x.reason());
        }
        head.append("\r\n");
        boolean chunked = false;
        boolean hasLength = false;
        for (RecordedExchange.HeaderField h : x.responseHeaders()) {
            if (h.name().equalsIgnoreCase("Transfer-Encoding")) {
                chunked = true;
                continue;
            }
            hasLength |= h.name().equalsIgnoreCase("Content-Length");
            head.append(h.name()).append(": ").append(h.value()).append("\r\n");
        }
        if (chunked && !hasLength && !x.method().equals("HEAD")) {
            head.append("Content-Length: ").append(x.body().length).append("\r\n");
        }
        head.append("\r\n");
        return concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), x.body());
    }

    static byte[] requestBytes(RecordedExchange x) {
        URI u = URI.create(x.url());
        String path = (u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath())
                + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
        StringBuilder b = new StringBuilder(x.method()).append(' ').append(path).append(" HTTP/1.1\r\n");
        x.requestHeaders().forEach(h -> b.append(h.name()).append(": ").append(h.value()).append("\r\n"));
        return b.append("\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String strip(URI id) {
        return id.toString();
    }

    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writer.close();
        } finally {
            channel.close();
        }
    }
}
