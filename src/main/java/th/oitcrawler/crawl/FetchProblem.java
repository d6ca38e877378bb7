package th.oitcrawler.crawl;

import java.io.IOException;

/** A fetch this tool ended on purpose (body too big to be sane, deadline passed…), with its status. */
public final class FetchProblem extends IOException {
    private final FetchStatus status;

    public FetchProblem(FetchStatus status, String detail) {
        super(status.error(detail));
        this.status = status;
    }

    public FetchStatus status() {
        return status;
    }
}
