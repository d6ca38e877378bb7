package th.oitcrawler.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScanProgressTest {
    @Test
    void lineShowsSitesRateUnreachableAndEta() {
        // 30 of 300 done, 20 of them by this worker in 100 s: 5 s a site for the 270 left
        assertEquals("sites 30/300 (10%) · 150 running · 60.0 pages/s · 2 errors · ETA 22 min 30 s",
                ScanProgress.line(30, 300, 20, 150, 6000, 2, 100));
    }

    @Test
    void etaIsUnknownBeforeTheFirstSiteAndZeroAtTheEnd() {
        assertEquals("sites 0/10 (0%) · 0 running · 0.0 pages/s · 0 errors · ETA –", ScanProgress.line(0, 10, 0, 0, 0, 0, 0));
        assertEquals("sites 10/10 (100%) · 0 running · 2.0 pages/s · 0 errors · ETA 0 s", ScanProgress.line(10, 10, 10, 0, 20, 0, 10));
        assertEquals("2 h 05 min", ScanProgress.duration(7500));
    }
}
