package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BuddhistEraTest {
  @Test
  void buddhistEraIsCommonEraPlus543() {
    assertEquals(2025, BuddhistEra.toCe(2568));
    assertEquals(2568, BuddhistEra.toBe(2025));
    assertEquals(1997, BuddhistEra.toCe(2540));
  }

  @Test
  void dayTimeIsWrittenInTheBuddhistEra() {
    assertEquals("5/12/2569 01:27", LocalDateTime.of(2026, 12, 5, 1, 27).format(BuddhistEra.DAY_TIME));
    assertEquals("31/12/2568 23:59", LocalDateTime.of(2025, 12, 31, 23, 59).format(BuddhistEra.DAY_TIME));
  }
}
