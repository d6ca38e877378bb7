package th.oitcrawler.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Style guide §1: JDBC only in {@code batch}. Scans the imports of every main source file. */
class JdbcOnlyInBatchTest {
    @Test
    void noPackageButBatchImportsJdbcOrADriver() throws IOException {
        Path main = Path.of("src/main/java/th/oitcrawler");
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(main.resolve("batch")))
                    .filter(JdbcOnlyInBatchTest::importsJdbc)
                    .map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), offenders);
    }

    private static boolean importsJdbc(Path file) {
        try {
            return Files.readAllLines(file).stream().map(String::strip)
                    .anyMatch(l -> l.startsWith("import java.sql.") || l.startsWith("import javax.sql.")
                            || l.startsWith("import org.sqlite.") || l.startsWith("import org.postgresql."));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
