package th.oitcrawler.batch;

/** The results database failed or refused an operation; the message names the operation and the database. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
