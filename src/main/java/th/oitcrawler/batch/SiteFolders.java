package th.oitcrawler.batch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The folder name of a site's reports under {@code sites/}: the id itself when it is a plain name,
 * otherwise its safe characters plus a short hash of the exact id, so ids from a hostile or careless
 * list ("../x", "a/b", Thai, blanks) never leave the folder and never collide.
 */
public final class SiteFolders {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9_-]+");

    private SiteFolders() {
    }

    public static String safeName(String id) {
        if (PLAIN.matcher(id).matches() && !id.contains("..")) {
            return id;
        }
        String base = UNSAFE.matcher(id).replaceAll("_");
        base = base.length() > 40 ? base.substring(0, 40) : base;
        return (base.isEmpty() || base.equals("_") ? "site" : base) + "-" + shortHash(id);
    }

    private static String shortHash(String id) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
