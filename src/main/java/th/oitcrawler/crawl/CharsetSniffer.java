package th.oitcrawler.crawl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes an HTML body the way a browser would, with Thai sites' habits in mind: BOM, then the
 * HTTP header, then a {@code <meta>} declaration, then — for the many old pages that declare
 * nothing — valid UTF-8 or else windows-874.
 *
 * <p>TIS-620 and ISO-8859-11 are read as windows-874, its superset, as the WHATWG encoding standard
 * does. A page that claims UTF-8 but is not valid UTF-8 is read as windows-874: on Thai sites that is
 * almost always a TIS-620 page behind a server-wide UTF-8 header.
 */
public final class CharsetSniffer {
    public static final Charset WINDOWS_874 = Charset.forName("x-windows-874");
    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([\\w.:-]+)");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");
    private static final int META_SCAN_BYTES = 8192;

    private CharsetSniffer() {
    }

    /** The decoded text, the charset used and where that choice came from. */
    public record Decoded(String text, Charset charset, String source) {
        public String describe() {
            return charset.name() + " (" + source + ")";
        }
    }

    public static Decoded decode(byte[] body, String contentType) {
        if (startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(body, 3, body.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "bom");
        }
        if (startsWith(body, 0xFF, 0xFE)) {
            return new Decoded(new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE, "bom");
        }
        if (startsWith(body, 0xFE, 0xFF)) {
            return new Decoded(new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE, "bom");
        }
        Charset declared = contentType == null ? null : charsetIn(HEADER_CHARSET.matcher(contentType));
        String source = "header";
        if (declared == null) {
            String head = new String(body, 0, Math.min(body.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
            declared = charsetIn(META_CHARSET.matcher(head));
            source = "meta";
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            return new Decoded(new String(body, declared), declared, source);
        }
        String utf8 = strictUtf8(body);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8, declared != null ? source : "detected");
        }
        String why = declared != null ? "declared utf-8 in " + source + " but not valid utf-8; detected" : "detected";
        return new Decoded(new String(body, WINDOWS_874), WINDOWS_874, why);
    }

    private static Charset charsetIn(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("tis-620") || name.equals("tis620") || name.equals("iso-8859-11") || name.equals("windows-874")
                || name.equals("cp874") || name.equals("x-windows-874")) {
            return WINDOWS_874;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // an unknown label is treated as no declaration, like browsers do
        }
    }

    /** Valid UTF-8, allowing a body cut mid-character by the download cap; else null. */
    private static String strictUtf8(byte[] body) {
        for (int cut = 0; cut <= 3 && cut <= body.length; cut++) {
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body, 0, body.length - cut)).toString();
            } catch (CharacterCodingException e) {
                // an incomplete last character is tried once more without it
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
