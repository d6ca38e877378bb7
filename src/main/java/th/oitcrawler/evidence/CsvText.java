package th.oitcrawler.evidence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a CSV file a Thai user made: UTF-8 with or without a BOM, or windows-874 — what Excel on a
 * Thai Windows writes for "CSV (Comma delimited)". Strict UTF-8 first, since windows-874 would
 * decode any bytes at all; a file that is neither is refused rather than read as mojibake.
 */
public final class CsvText {
    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private CsvText() {
    }

    /** The file's text without a BOM. @throws IOException unreadable, or not UTF-8 / windows-874 text */
    public static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = decode(bytes, StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            try {
                text = decode(bytes, WINDOWS_874);
            } catch (CharacterCodingException neither) {
                throw new IOException("not a text file in UTF-8 or windows-874 (TIS-620): save it as \"CSV UTF-8\"");
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String decode(byte[] bytes, Charset cs) throws CharacterCodingException {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
