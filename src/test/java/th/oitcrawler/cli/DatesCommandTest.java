package th.oitcrawler.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DatesCommandTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(DatesCommand command, String... args) {
    return new CommandLine(command).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
        .execute(args);
  }

  @Test
  void jsonListsEveryMentionWithNullFiscalYearForCalendarYears() {
    int exit = run(new DatesCommand(), "--json", "แผน", "ประจำปีงบประมาณ", "พ.ศ.", "๒๕๖๘", "และ", "พ.ศ. 2567");
    assertEquals(0, exit);
    assertEquals("{\"found\": [{\"text\": \"ประจำปีงบประมาณ พ.ศ. ๒๕๖๘\", \"kind\": \"fiscalYear\", "
        + "\"start\": \"2024-10-01\", \"end\": \"2025-09-30\", \"fiscalYear\": 2568}, "
        + "{\"text\": \"พ.ศ. 2567\", \"kind\": \"year\", \"start\": \"2024-01-01\", "
        + "\"end\": \"2024-12-31\", \"fiscalYear\": null}]}" + System.lineSeparator(), out.toString());
    assertEquals("", err.toString());
  }

  @Test
  void jsonWithNothingFoundIsAnEmptyList() {
    assertEquals(0, run(new DatesCommand(), "--json", "2,568 บาท"));
    assertEquals("{\"found\": []}" + System.lineSeparator(), out.toString());
  }

  @Test
  void plainOutputIsOneTabSeparatedLinePerMention() {
    assertEquals(0, run(new DatesCommand(), "24-27 ก.ค. 55 และ ปี 2565-2569"));
    String n = System.lineSeparator();
    assertEquals("range\t2012-07-24\t2012-07-27\t2555\t24-27 ก.ค. 55" + n
        + "range\t2022-01-01\t2026-12-31\t-\tปี 2565-2569" + n, out.toString());
  }

  @Test
  void plainOutputSaysInThaiFirstWhenNothingIsFound() {
    assertEquals(0, run(new DatesCommand(), "ITA", "2567"));
    assertEquals("", out.toString());
    assertEquals("ไม่พบวันที่หรือปีในข้อความ (no dates found)" + System.lineSeparator(), err.toString());
  }

  @Test
  void dashReadsStandardInputAsUtf8() {
    byte[] stdin = "ลงวันที่ ๑๕\nมกราคม\n๒๕๖๘".getBytes(StandardCharsets.UTF_8);
    assertEquals(0, run(new DatesCommand(new ByteArrayInputStream(stdin)), "-"));
    assertEquals("date\t2025-01-15\t2025-01-15\t2568\t๑๕\nมกราคม\n๒๕๖๘" + System.lineSeparator(),
        out.toString());
  }

  @Test
  void missingTextIsAUsageError() {
    assertEquals(2, run(new DatesCommand()));
  }
}
