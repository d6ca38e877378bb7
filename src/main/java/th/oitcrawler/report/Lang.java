package th.oitcrawler.report;

/** Language of messages and reports: Thai by default, English on request. */
public enum Lang {
    TH, EN;

    public String pick(String th, String en) {
        return this == TH ? th : en;
    }
}
