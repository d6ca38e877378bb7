package th.oitcrawler.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemOrderTest {
    @Test
    void itemNumbersCompareAsNumbers() {
        assertTrue(ItemOrder.compareCodes("O2", "O10") < 0);
        assertTrue(ItemOrder.compareCodes("O10", "O10a") < 0);
        List<String> codes = new ArrayList<>(List.of("O10", "O1", "O28", "O2", "O9"));
        codes.sort(ItemOrder::compareCodes);
        assertEquals(List.of("O1", "O2", "O9", "O10", "O28"), codes);
    }
}
