package th.oitcrawler.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.checklist.ChecklistLoader;
import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.graph.Edge;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.LinkGraphBuilder;
import th.oitcrawler.graph.LinkKind;
import th.oitcrawler.graph.NodeKind;
import th.oitcrawler.score.CheckReport;
import th.oitcrawler.score.EvidenceRef;
import th.oitcrawler.score.ItemResult;
import th.oitcrawler.score.Reason;
import th.oitcrawler.score.Scores;
import th.oitcrawler.score.Verdict;

/** A hand-built report over a three-page site, with hostile strings where a site could put them. */
final class SampleReports {
    static final String H = "http://tambon.go.th/";
    static final String ITA = H + "ita.php";
    static final String O1_PDF = H + "files/o1.pdf";
    static final String EVIL = H + "evil.php";
    static final String HOSTILE_TITLE = "<script>alert(1)</script>";
    static final String HOSTILE_ANCHOR = "\"><img src=x onerror=alert(2)>";
    static final String JS_URL = "javascript:alert(document.cookie)";
    static final String TRICKY_REASON = "ลิงก์ \"ITA\" อยู่ในเมนู, ไม่ใช่หน้าแรก\nบรรทัดสอง";
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private SampleReports() {
    }

    static CheckReport sample() {
        LinkGraphBuilder b = new LinkGraphBuilder();
        b.fetched(H, 200, "text/html");
        b.links(H, List.of(new Edge(H, ITA, "ITA 2568", LinkKind.A, "")), Map.of());
        b.fetched(ITA, 200, "text/html");
        b.links(ITA, List.of(new Edge(ITA, O1_PDF, "O1 โครงสร้างหน่วยงาน", LinkKind.A, ""),
                new Edge(ITA, EVIL, HOSTILE_ANCHOR, LinkKind.A, "")), Map.of(O1_PDF, NodeKind.DOCUMENT));
        b.fetched(O1_PDF, 200, "application/pdf");
        b.fetched(EVIL, 200, "text/html");
        LinkGraph g = b.freeze(H);
        CrawlResult crawl = new CrawlResult(g, Map.of(), Duration.ofSeconds(1));

        Checklist c = ChecklistLoader.load("ita-2568");
        ChecklistItem o1 = c.item("O1").orElseThrow();
        ChecklistItem o2 = c.item("O2").orElseThrow();
        ChecklistItem o3 = c.item("O3").orElseThrow();
        ChecklistItem o10 = c.item("O10").orElseThrow();
        ChecklistItem hostile = new ChecklistItem(o10.code(), o10.indicatorCode(), o10.subIndicatorCode(),
                HOSTILE_TITLE, HOSTILE_TITLE, o10.keywords(), o10.freshness(), o10.evidence(), o10.confidence(),
                o10.notes());

        List<ItemResult> items = List.of(
                new ItemResult(o1, Verdict.PASS, List.of(new EvidenceRef(O1_PDF, 200, g.clickPath(O1_PDF),
                        "O1 โครงสร้างหน่วยงาน", "link", List.of("1 ตุลาคม 2567"))), List.of()),
                new ItemResult(o2, Verdict.NOT_REACHABLE, List.of(new EvidenceRef(H + "o2.php", 200, List.of(),
                        "ข้อมูลผู้บริหาร", "submitted", List.of())),
                        List.of(new Reason("ไม่มีลิงก์จากหน้าแรก", "no link from the homepage",
                                "เพิ่มลิงก์ในเมนู ITA", "add a link to the ITA menu"),
                                Reason.of(TRICKY_REASON, "second reason"))),
                new ItemResult(o3, Verdict.NOT_FOUND, List.of(new EvidenceRef(JS_URL, 0, List.of(), HOSTILE_ANCHOR,
                        "link", List.of())), List.of(Reason.of("ไม่พบข้อมูล", "nothing found"))),
                new ItemResult(hostile, Verdict.STALE, List.of(new EvidenceRef(EVIL, 200, g.clickPath(EVIL),
                        HOSTILE_TITLE, "title", List.of("2566"))),
                        List.of(Reason.of("ข้อมูลปี 2566", "data of 2566").withFix("ลงข้อมูลปี 2568", "post 2568"))));
        return new CheckReport(H, c, AS_OF, crawl, items, Scores.of(items));
    }
}
