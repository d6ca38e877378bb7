package th.oitcrawler.report;

import java.io.PrintWriter;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.crawl.LimitHit;
import th.oitcrawler.graph.NodeKind;

/** The few lines a person reads after a crawl, Thai first (or English). */
public final class CrawlSummaryText {
    private CrawlSummaryText() {
    }

    public static void print(CrawlResult r, Lang lang, PrintWriter out) {
        boolean th = lang == Lang.TH;
        out.printf("%s: %d  %s: %d  %s: %d  %s: %d  %s: %d  (%.1f s)%n",
                th ? "หน้าเว็บ" : "pages", r.pages(),
                th ? "เอกสาร" : "documents", r.count(NodeKind.DOCUMENT),
                th ? "ลิงก์ภายนอก" : "outbound", r.count(NodeKind.OUTBOUND),
                th ? "ผิดพลาด" : "errors", r.errors(),
                th ? "ลึกสุด (คลิก)" : "max depth (clicks)", r.graph().maxDepth(),
                r.elapsed().toMillis() / 1000.0);
        if (r.limits().isEmpty()) {
            out.println(th ? "ไม่ชนขีดจำกัดใด ๆ: สำรวจครบทุกหน้าที่ไปถึงได้" : "no limit was hit: every reachable page was crawled");
        }
        for (LimitHit h : r.limits()) {
            out.printf("%s: %s (%d %s, %s %s)%n", th ? "ชนขีดจำกัด" : "limit hit",
                    th ? h.limit().th() : h.limit().en(), h.refused(), th ? "ลิงก์ไม่ได้ตาม" : "links not followed",
                    th ? "เช่น" : "e.g.", h.example());
        }
    }
}
