package th.oitcrawler.score;

import java.time.LocalDate;
import java.util.List;
import th.oitcrawler.checklist.Checklist;
import th.oitcrawler.crawl.CrawlResult;

/** Everything `check` found about one site: the crawl, each item's verdict, the scores. */
public record CheckReport(String homepage, Checklist checklist, LocalDate asOf, CrawlResult crawl,
                          List<ItemResult> items, Scores scores) {
    public CheckReport {
        items = List.copyOf(items);
    }

    public long count(Verdict v) {
        return items.stream().filter(i -> i.verdict() == v).count();
    }

    public boolean allPass() {
        return items.stream().allMatch(i -> i.verdict() == Verdict.PASS);
    }
}
