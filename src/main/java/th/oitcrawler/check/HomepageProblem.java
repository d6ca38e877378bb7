package th.oitcrawler.check;

import th.oitcrawler.crawl.CrawlResult;
import th.oitcrawler.graph.Node;
import th.oitcrawler.score.Reason;

/** Why the homepage could not be read, in Thai and English; null when it could. */
public final class HomepageProblem {
    private HomepageProblem() {
    }

    public static Reason describe(CrawlResult r) {
        if (r.homepageFetched()) {
            return null;
        }
        Node n = r.homepageNode();
        String why = n.error() != null ? n.error() : n.redirect() ? "redirect loop or broken redirect" : "HTTP " + n.status();
        return Reason.of("เปิดหน้าแรกไม่ได้: " + n.url() + " (" + why + ")",
                        "homepage could not be fetched: " + n.url() + " (" + why + ")")
                .withFix("ตรวจว่าเว็บไซต์เปิดได้จากภายนอก แล้วตรวจใหม่ ผลข้อต่าง ๆ ยังไม่ได้ประเมิน",
                        "make sure the site answers from outside, then check again; no item was judged");
    }
}
