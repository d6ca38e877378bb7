package th.oitcrawler.crawl;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body the careful way: decodes gzip/deflate itself, keeps at most {@code cap}
 * bytes (the head of an oversized page is still read), and stops a decompression bomb — a small
 * body that inflates past the cap more than {@link #BOMB_RATIO} times over — without inflating it.
 */
final class BodyReader {
    /** Real HTML compresses 5–15×; a hundredfold past the cap is a bomb, not a page. */
    static final int BOMB_RATIO = 100;
    /** How far past the cap a compressed body is inflated (and thrown away) to measure its ratio. */
    static final int DRAIN_BYTES = 8 << 20;

    record Body(byte[] bytes, boolean truncated) {
    }

    private BodyReader() {
    }

    static Body read(InputStream raw, String contentEncoding, int cap) throws IOException {
        CountingStream wire = new CountingStream(raw);
        String enc = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        InputStream in = switch (enc) {
            case "gzip", "x-gzip" -> new GZIPInputStream(wire, 8192);
            case "deflate" -> new InflaterInputStream(wire);
            default -> wire;
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(cap, 64 * 1024));
        byte[] buf = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            int keep = (int) Math.min(n, cap - total);
            if (keep > 0) {
                out.write(buf, 0, keep);
            }
            total += n;
            if (total > cap) {
                if (in != wire) {
                    // inflate on a little (discarding) so the ratio is measured past the inflater's first buffers
                    while (total <= cap + DRAIN_BYTES && (n = in.read(buf)) > 0) {
                        total += n;
                    }
                    if (total > (long) BOMB_RATIO * Math.max(1, wire.count)) {
                        throw new FetchProblem(FetchStatus.DECOMPRESSION_BOMB, wire.count + " compressed bytes inflate to more than "
                                + total + " (" + enc + "); not read");
                    }
                }
                return new Body(out.toByteArray(), true);
            }
        }
        return new Body(out.toByteArray(), false);
    }

    /** Sniffs a body declared as HTML: the real type of a known document format, "binary", or null for text. */
    static String sniffBinary(byte[] b) {
        if (startsWith(b, "%PDF")) {
            return "application/pdf";
        }
        if (b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4) {
            return "application/zip";
        }
        if (b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11 && (b[3] & 0xff) == 0xE0) {
            return "application/msword";
        }
        int n = Math.min(b.length, 1024);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return "binary";
            }
            if (c < 9 || (c > 13 && c < 32 && c != 27)) {
                controls++;
            }
        }
        return n > 0 && controls * 10 > n ? "binary" : null;
    }

    private static boolean startsWith(byte[] b, String magic) {
        if (b.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (b[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                count++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
