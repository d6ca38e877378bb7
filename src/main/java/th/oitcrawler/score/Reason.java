package th.oitcrawler.score;

/** Why an item got its verdict, in Thai and English, with what to do about it. */
public record Reason(String th, String en, String fixTh, String fixEn) {
    public static Reason of(String th, String en) {
        return new Reason(th, en, "", "");
    }

    public Reason withFix(String fixTh, String fixEn) {
        return new Reason(th, en, fixTh, fixEn);
    }
}
