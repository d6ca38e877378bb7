package th.oitcrawler.thai;

import java.time.chrono.ThaiBuddhistChronology;
import java.time.format.DateTimeFormatter;

/** Buddhist-era (พ.ศ.) years as Thailand counts them: BE = CE + 543, from 1 January (since 1941). */
public final class BuddhistEra {
  /** Years between the two eras. */
  public static final int OFFSET = 543;
  /** Day, month, BE year and time as Thai pages write them: "5/12/2569 01:27". */
  public static final DateTimeFormatter DAY_TIME =
      DateTimeFormatter.ofPattern("d/M/yyyy HH:mm").withChronology(ThaiBuddhistChronology.INSTANCE);

  private BuddhistEra() {}

  public static int toCe(int be) {
    return be - OFFSET;
  }

  public static int toBe(int ce) {
    return ce + OFFSET;
  }
}
