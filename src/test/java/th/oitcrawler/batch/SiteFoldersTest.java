package th.oitcrawler.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SiteFoldersTest {
    @Test
    void plainIdsAreTheirOwnFolderName() {
        assertEquals("5501", SiteFolders.safeName("5501"));
        assertEquals("abt-ban.mai_2", SiteFolders.safeName("abt-ban.mai_2"));
    }

    @Test
    void unsafeIdsStayInsideTheFolderAndNeverCollide() {
        for (String id : List.of("..", "../etc", "a/b", "a\\b", "บ้านใหม่", ".hidden", "a b", "a..b")) {
            String name = SiteFolders.safeName(id);
            assertTrue(name.matches("[A-Za-z0-9_-]+-[0-9a-f]{10}"), id + " -> " + name);
        }
        assertNotEquals(SiteFolders.safeName("a/b"), SiteFolders.safeName("a\\b"));
        assertNotEquals(SiteFolders.safeName("บ้านใหม่"), SiteFolders.safeName("บ้านเก่า"));
    }
}
