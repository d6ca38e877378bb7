package th.oitcrawler.score;

import java.util.List;
import th.oitcrawler.checklist.ChecklistItem;

/** The verdict on one checklist item, with its evidence and reasons. */
public record ItemResult(ChecklistItem item, Verdict verdict, List<EvidenceRef> evidence, List<Reason> reasons) {
    public ItemResult {
        evidence = List.copyOf(evidence);
        reasons = List.copyOf(reasons);
    }

    public int score() {
        return verdict.score();
    }
}
