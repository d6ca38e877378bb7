package th.oitcrawler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import th.oitcrawler.crawl.CrawlProgress;
import th.oitcrawler.report.Lang;

class TerminalProgressTest {
    @Test
    void lineShowsFetchedQueuedDepthAndElapsedInThaiOrEnglish() {
        CrawlProgress.Snapshot s = new CrawlProgress.Snapshot(120, 35, 3);
        assertEquals("สำรวจแล้ว 120 หน้า · รอ 35 · ลึก 3 คลิก · 1:05", TerminalProgress.line(s, Duration.ofSeconds(65), Lang.TH));
        assertEquals("fetched 120 · queued 35 · depth 3 · 0:07", TerminalProgress.line(s, Duration.ofSeconds(7), Lang.EN));
    }

    @Test
    void printsNothingWhenNotATerminal() {
        // Surefire runs tests without a console, as scripts and CI run the tool.
        StringWriter err = new StringWriter();
        try (TerminalProgress p = TerminalProgress.startIfTerminal(new CrawlProgress(), new PrintWriter(err), Lang.TH)) {
            assertEquals("", err.toString());
        }
        assertEquals("", err.toString());
    }
}
