package th.oitcrawler.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import th.oitcrawler.graph.LinkGraph;
import th.oitcrawler.graph.LinkGraphBuilder;
import th.oitcrawler.thai.DateMention;

class EvidenceTextsTest {
    private static final String H = "http://www.example.go.th/";

    @Test
    void aDateInTheTemplatesBannerDatesNoPage() {
        LinkGraphBuilder b = new LinkGraphBuilder();
        for (int i = 0; i < 6; i++) {
            String url = i == 0 ? H : H + "p" + i + ".html";
            b.fetched(url, 200, "text/html");
            // every page: the banner heading of the ITA year; page 3 also has its own dated heading
            List<String> headings = i == 3 ? List.of("ITA ประจำปีงบประมาณ 2568", "รายงานผล ปีงบประมาณ 2566")
                    : List.of("ITA ประจำปีงบประมาณ 2568", "หน้า " + i);
            b.page(url, "หน้า " + i, headings, "", "utf-8");
        }
        LinkGraph g = b.freeze(H);
        List<Integer> years = EvidenceTexts.dates(g, H + "p3.html", null, null).stream()
                .map(DateMention::fiscalYear).flatMap(java.util.Optional::stream).toList();
        assertEquals(List.of(2566), years, "only the page's own heading dates it");
        assertEquals(List.of(), EvidenceTexts.dates(g, H + "p1.html", null, null).stream()
                .map(DateMention::fiscalYear).flatMap(java.util.Optional::stream).toList());
    }
}
