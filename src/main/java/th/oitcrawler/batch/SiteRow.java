package th.oitcrawler.batch;

import java.net.URI;
import java.util.Objects;

/**
 * One municipality of the sites list.
 *
 * @param id       the list's own id, unique in the list (e.g. the DOPA code)
 * @param name     name as the list writes it, Thai
 * @param province province, Thai
 * @param homepage absolute http(s) URL
 * @param line     line number in the sites file (1 = header)
 */
public record SiteRow(String id, String name, String province, URI homepage, int line) {
    public SiteRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(homepage, "homepage");
    }
}
