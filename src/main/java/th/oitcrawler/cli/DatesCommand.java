package th.oitcrawler.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.oitcrawler.thai.DateMention;
import th.oitcrawler.thai.ThaiDateReader;

/**
 * {@code dates [--json] <text…>}: shows the dates and fiscal years the freshness stage would read in a
 * text, so a web admin can see why an item was judged stale (style guide §6, "tools explain one
 * result").
 */
@Command(name = "dates",
    description = {"แสดงวันที่ เดือน ช่วงเวลา ปี และปีงบประมาณที่อ่านได้จากข้อความ",
        "Shows the dates, months, ranges, years and fiscal years read from a text."},
    footer = {"Plain output: kind<TAB>start<TAB>end<TAB>fiscalYear or -<TAB>text, one line per mention.",
        "Text starting with '-' goes after '--': dates -- \"- 13 พ.ค 55\"",
        "Exit codes: 0 done; 2 bad usage."})
public final class DatesCommand implements Callable<Integer> {
  static final String NOTHING_FOUND = "ไม่พบวันที่หรือปีในข้อความ (no dates found)";

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help / แสดงวิธีใช้")
  boolean help;

  @Option(names = "--json", description = "print {\"found\": [...]} as JSON / พิมพ์ผลเป็น JSON")
  boolean json;

  @Parameters(arity = "1..*", paramLabel = "<text>",
      description = "text to read, joined with spaces; '-' reads standard input (UTF-8)")
  List<String> words;

  private final InputStream stdin;

  public DatesCommand() {
    this(System.in);
  }

  /** For tests: where {@code -} reads from. */
  DatesCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    String text = words.size() == 1 && words.get(0).equals("-")
        ? new String(stdin.readAllBytes(), StandardCharsets.UTF_8) : String.join(" ", words);
    List<DateMention> found = ThaiDateReader.read(text);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(toJson(found));
    } else if (found.isEmpty()) {
      spec.commandLine().getErr().println(NOTHING_FOUND);
    } else {
      for (DateMention d : found) {
        out.println(d.kind().jsonName() + "\t" + d.start() + "\t" + d.end() + "\t"
            + d.fiscalYear().map(String::valueOf).orElse("-") + "\t" + d.text());
      }
    }
    out.flush();
    return 0;
  }

  static String toJson(List<DateMention> found) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode array = root.putArray("found");
    for (DateMention d : found) {
      ObjectNode o = array.addObject();
      o.put("text", d.text());
      o.put("kind", d.kind().jsonName());
      o.put("start", d.start().toString());
      o.put("end", d.end().toString());
      if (d.fiscalYear().isPresent()) {
        o.put("fiscalYear", d.fiscalYear().get());
      } else {
        o.putNull("fiscalYear");
      }
    }
    return mapper.writer(new OneLinePrinter()).writeValueAsString(root);
  }

  /** One line with a space after ':' and ',', the layout documented for this command. */
  private static final class OneLinePrinter extends MinimalPrettyPrinter {
    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(": ");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
      g.writeRaw(", ");
    }
  }
}
