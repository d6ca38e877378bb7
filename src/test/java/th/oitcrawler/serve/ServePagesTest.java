package th.oitcrawler.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServePagesTest {
    @Test
    void aCheckPageDatesItsStartInTheBuddhistEraInThailandTime() {
        CheckJob job = new CheckJob("x-1", "http://www.example.go.th/", "www.example.go.th", "ita-2568", List.of());
        ZonedDateTime bangkok = job.started().atZone(CheckJobs.THAILAND);
        String page = ServePages.job(job);
        String expected = "เริ่มเมื่อ " + bangkok.getDayOfMonth() + "/" + bangkok.getMonthValue() + "/" + (bangkok.getYear() + 543) + " ";
        assertTrue(page.contains(expected), page);
        assertFalse(page.contains("/" + bangkok.getYear() + " "), "no Gregorian year on a Thai page");
    }
}
