package th.oitcrawler.crawl;

import java.security.cert.CertificateException;

/** A server certificate refused, with the TLS status that names why (expired, self-signed…). */
final class CertificateProblem extends CertificateException {
    private final FetchStatus status;

    CertificateProblem(FetchStatus status, String detail, Throwable cause) {
        super(status.error(detail), cause);
        this.status = status;
    }

    FetchStatus status() {
        return status;
    }
}
