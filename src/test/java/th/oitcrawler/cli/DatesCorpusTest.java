package th.oitcrawler.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Runs every row of {@code thai-dates/real-world.tsv} through {@code dates --json} (format: its header). */
class DatesCorpusTest {
  private static final String CORPUS = "/thai-dates/real-world.tsv";

  static Stream<Arguments> rows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (InputStream in = DatesCorpusTest.class.getResourceAsStream(CORPUS)) {
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].startsWith("#") || lines[i].isBlank()) {
          continue;
        }
        String[] cells = lines[i].split("\t", -1);
        assertTrue(cells.length >= 7, CORPUS + ":" + (i + 1) + " has " + cells.length + " columns, needs 7");
        rows.add(Arguments.of(i + 1, cells[0].replace("\\n", "\n"), cells));
      }
    }
    return rows.stream();
  }

  @Test
  void corpusHasAtLeastSeventyRows() throws IOException {
    assertTrue(rows().count() >= 70);
  }

  @ParameterizedTest(name = "line {0}: {1}")
  @MethodSource("rows")
  void firstMentionAndCountMatchTheCorpus(int line, String input, String[] expected) throws IOException {
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new DatesCommand()).setOut(new PrintWriter(out)).execute("--json", "--", input); // "--": some rows start with "-"
    assertEquals(0, exit, CORPUS + ":" + line);
    JsonNode found = new ObjectMapper().readTree(out.toString()).get("found");
    String where = CORPUS + ":" + line + " " + out;
    assertEquals(Integer.parseInt(expected[5]), found.size(), where);
    if (found.isEmpty()) {
      return;
    }
    JsonNode first = found.get(0);
    List<Executable> checks = List.of(
        () -> assertEquals(expected[1], first.get("kind").asText(), where),
        () -> assertEquals(expected[2], first.get("start").asText(), where),
        () -> assertEquals(expected[3], first.get("end").asText(), where),
        () -> assertEquals(expected[4], first.get("fiscalYear").isNull() ? "-" : first.get("fiscalYear").asText(), where),
        () -> assertTrue(input.contains(first.get("text").asText()), where));
    assertAll(checks.stream());
  }
}
