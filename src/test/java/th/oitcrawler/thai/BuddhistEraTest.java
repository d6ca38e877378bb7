package th.oitcrawler.thai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BuddhistEraTest {
  @Test
  void buddhistEraIsCommonEraPlus543() {
    assertEquals(2025, BuddhistEra.toCe(2568));
    assertEquals(2568, BuddhistEra.toBe(2025));
    assertEquals(1997, BuddhistEra.toCe(2540));
  }
}
