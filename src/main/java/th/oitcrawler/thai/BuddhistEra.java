package th.oitcrawler.thai;

/** Buddhist-era (พ.ศ.) years as Thailand counts them: BE = CE + 543, from 1 January (since 1941). */
public final class BuddhistEra {
  /** Years between the two eras. */
  public static final int OFFSET = 543;

  private BuddhistEra() {}

  public static int toCe(int be) {
    return be - OFFSET;
  }

  public static int toBe(int ce) {
    return ce + OFFSET;
  }
}
