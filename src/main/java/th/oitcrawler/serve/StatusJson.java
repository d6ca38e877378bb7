package th.oitcrawler.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import th.oitcrawler.crawl.CrawlProgress;

/**
 * {@code GET /status/ID}: {"state":"RUNNING|DONE|HOMEPAGE_FAILED|FAILED","fetched":12,"queued":3,
 * "depth":2,"elapsedSeconds":4,"elapsed":"0:04","message":"…","report":"/reports/ID/report.html"|null}.
 */
final class StatusJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusJson() {
    }

    static byte[] of(CheckJob job) {
        CrawlProgress.Snapshot s = job.progress().snapshot();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("state", job.state().name());
        m.put("fetched", s.fetched());
        m.put("queued", s.queued());
        m.put("depth", s.depth());
        m.put("elapsedSeconds", job.elapsed().toSeconds());
        m.put("elapsed", ServePages.elapsed(job.elapsed()));
        m.put("message", job.message());
        m.put("report", job.hasReport() ? "/reports/" + job.id() + "/report.html" : null);
        try {
            return JSON.writeValueAsBytes(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers always serialises", e);
        }
    }
}
