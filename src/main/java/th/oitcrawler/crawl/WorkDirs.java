package th.oitcrawler.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a crawl's scratch folder once the engine has let go of it. */
final class WorkDirs {
    private WorkDirs() {
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temp folder left behind is harmless; the OS cleans /tmp
                }
            });
        } catch (IOException e) {
            // same
        }
    }
}
