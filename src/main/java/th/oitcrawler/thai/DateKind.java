package th.oitcrawler.thai;

/** What a {@link DateMention} names; {@link #jsonName()} is its value in JSON output. */
public enum DateKind {
  /** One day: "15 มกราคม 2568", "15/01/2568". */
  DATE("date"),
  /** One calendar month: "มีนาคม 2568", "มี.ค. 68". */
  MONTH("month"),
  /** A span of days, months or years: "24-27 ก.ค. 55", "ต.ค. 67 – มี.ค. 68", "ปี 2565-2569". */
  RANGE("range"),
  /** One calendar year, 1 January to 31 December: "พ.ศ. 2561", "ปี 2566". */
  YEAR("year"),
  /** One fiscal year, 1 October to 30 September: "ปีงบประมาณ พ.ศ. 2568", "ประจำปี 2568". */
  FISCAL_YEAR("fiscalYear");

  private final String jsonName;

  DateKind(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }
}
