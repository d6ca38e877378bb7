package th.oitcrawler.crawl;

import java.util.Locale;

/** Why a link was not followed. Each is counted, and shown in the crawl summary with an example. */
public enum Limit {
    MAX_DEPTH("more clicks from the homepage than --max-depth", "ลึกเกินจำนวนคลิกที่กำหนด (--max-depth)"),
    MAX_PAGES("the --max-pages budget was used up", "ครบจำนวนหน้าที่กำหนด (--max-pages)"),
    ROBOTS("robots.txt disallows it", "robots.txt ไม่อนุญาต"),
    TRAP_REPEATED_PATH("a path segment repeats (crawler trap)", "ส่วนของที่อยู่ซ้ำกันหลายครั้ง (กับดักของ crawler)"),
    TRAP_QUERY_VARIANTS("too many query-string variants of one path (crawler trap)",
            "ที่อยู่เดียวกันมีพารามิเตอร์ต่างกันมากเกินไป (กับดักของ crawler)"),
    TIME_BUDGET("the crawl's time budget (--max-seconds) ran out; URLs still queued were not fetched",
            "ครบเวลาที่กำหนดให้สำรวจ (--max-seconds) หน้าที่ยังรออยู่ไม่ได้เปิด"),
    ERROR_RATE("the site kept failing: the crawl paused, tried once more and stopped politely (error-rate safeguard)",
            "เว็บไซต์ตอบผิดพลาดต่อเนื่อง จึงหยุดพัก ลองอีกครั้ง แล้วหยุดสำรวจเว็บไซต์นี้ (ระบบป้องกันอัตราผิดพลาด)");

    private final String en;
    private final String th;

    Limit(String en, String th) {
        this.en = en;
        this.th = th;
    }

    public String en() {
        return en;
    }

    public String th() {
        return th;
    }

    /** True when this limit left part of the site unseen, so "not found" cannot be told from "not crawled". */
    public boolean leavesSiteUnseen() {
        return this == MAX_PAGES || this == TIME_BUDGET || this == ERROR_RATE;
    }

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
