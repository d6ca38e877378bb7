package th.oitcrawler.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ErrorRateGuardTest {
    @Test
    void moreThanHalfOfTheLastFortyFailingPausesEvenWithoutARun() {
        ErrorRateGuard g = new ErrorRateGuard(60_000);
        for (int i = 0; i < 40; i++) {
            g.record(i % 5 < 3); // 24 of 40 fail, never 20 in a row
        }
        assertEquals(ErrorRateGuard.State.PAUSED, g.state());
    }

    @Test
    void halfFailingIsNotASpike() {
        ErrorRateGuard g = new ErrorRateGuard(0);
        for (int i = 0; i < 200; i++) {
            g.record(i % 2 == 0);
        }
        assertEquals(ErrorRateGuard.State.RUNNING, g.state());
    }

    @Test
    void aSuccessAfterThePauseResumesTheCrawl() throws Exception {
        ErrorRateGuard g = new ErrorRateGuard(0);
        for (int i = 0; i < ErrorRateGuard.CONSECUTIVE; i++) {
            g.record(true);
        }
        assertEquals(ErrorRateGuard.State.PAUSED, g.state());
        g.awaitTurn();
        g.record(false);
        assertEquals(ErrorRateGuard.State.RUNNING, g.state());
    }

    @Test
    void aFailureAfterThePauseStopsTheSite() throws Exception {
        ErrorRateGuard g = new ErrorRateGuard(0);
        for (int i = 0; i <= ErrorRateGuard.CONSECUTIVE; i++) {
            g.record(true);
        }
        assertEquals(ErrorRateGuard.State.STOPPED, g.state());
        assertFalse(g.awaitTurn());
    }

    @Test
    void retryAfterReadsSecondsAndDatesAndIsCapped() {
        Instant now = Instant.parse("2026-06-30T00:00:00Z");
        assertEquals(3000, RetryAfter.waitMs("3", now, 10_000));
        assertEquals(10_000, RetryAfter.waitMs("3600", now, 10_000));
        assertEquals(5000, RetryAfter.waitMs("Tue, 30 Jun 2026 00:00:05 GMT", now, 10_000));
        assertEquals(0, RetryAfter.waitMs("Mon, 29 Jun 2026 00:00:05 GMT", now, 10_000));
        assertEquals(RetryAfter.DEFAULT_MS, RetryAfter.waitMs("soon", now, 10_000));
    }

    @Test
    void fetchStatusReadsBackFromTheErrorText() {
        assertEquals(FetchStatus.TLS_EXPIRED, FetchStatus.ofError(FetchStatus.TLS_EXPIRED.error("x: y")));
        assertEquals(FetchStatus.ERROR, FetchStatus.ofError("something else"));
        assertEquals(FetchStatus.HTTP_4XX, FetchStatus.of(404, null));
        assertEquals(FetchStatus.HTTP_403_BLOCKED, FetchStatus.of(403, null));
        assertEquals(FetchStatus.OK, FetchStatus.of(200, null));
    }
}
