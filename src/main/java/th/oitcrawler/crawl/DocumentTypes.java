package th.oitcrawler.crawl;

import java.util.Locale;
import java.util.Set;

/**
 * Tells documents (recorded as nodes, never crawled) from pages by the URL's file extension, and
 * by the Content-Type once fetched (a {@code download.php?id=5} that answers with a PDF).
 */
public final class DocumentTypes {
    private static final Set<String> EXTENSIONS = Set.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
            "odt", "ods", "odp", "rtf", "csv", "zip", "rar", "7z", "gz", "tar", "jpg", "jpeg", "png", "gif", "bmp",
            "tif", "tiff", "webp", "svg", "mp3", "mp4", "avi", "wmv", "mov", "exe", "msi", "apk", "iso");
    private static final Set<String> ASSETS = Set.of("css", "js", "ico", "woff", "woff2", "ttf", "eot", "map");

    private DocumentTypes() {
    }

    public static boolean isDocumentUrl(String url) {
        return EXTENSIONS.contains(extension(url));
    }

    /** Style sheets, scripts and fonts: not something a person clicks to read. */
    public static boolean isAssetUrl(String url) {
        return ASSETS.contains(extension(url));
    }

    public static boolean isHtml(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true; // old servers send no type for .php pages; sniffing the body is the parser's job
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        return t.contains("html");
    }

    static String extension(String url) {
        String path = url;
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash && dot >= 0 ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
