package th.oitcrawler.evidence;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * Services agencies publish OIT evidence on instead of their own site (Drive, Facebook, LINE, forms,
 * e-GP, YouTube). Evidence there is checked with a HEAD then a GET and never crawled. The JSON value
 * is the constant's name; {@link #OTHER_SITE} is any other host outside the agency's site.
 */
public enum OutboundPlatform {
    GOOGLE_DRIVE(List.of("drive.google.com")),
    GOOGLE_DOCS(List.of("docs.google.com")),
    GOOGLE_FORMS(List.of("forms.gle", "forms.google.com")),
    MICROSOFT_FORMS(List.of("forms.office.com")),
    FACEBOOK(List.of("facebook.com", "fb.com", "fb.watch")),
    LINE(List.of("line.me", "lin.ee")),
    EGP(List.of("gprocurement.go.th")),
    YOUTUBE(List.of("youtube.com", "youtu.be")),
    OTHER_SITE(List.of());

    private final List<String> domains;

    OutboundPlatform(List<String> domains) {
        this.domains = domains;
    }

    /** The platform of {@code url}: a named one when its host is or ends with one of its domains. */
    public static OutboundPlatform of(String url) {
        String host;
        try {
            host = URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return OTHER_SITE;
        }
        if (host == null) {
            return OTHER_SITE;
        }
        String h = host.toLowerCase(Locale.ROOT);
        for (OutboundPlatform p : values()) {
            for (String d : p.domains) {
                if (h.equals(d) || h.endsWith("." + d)) {
                    return p;
                }
            }
        }
        return OTHER_SITE;
    }
}
