package th.oitcrawler.score;

/** An item's verdict (design notes, "Verdicts"). The JSON value is the constant's name. */
public enum Verdict {
    PASS("ผ่าน", "pass"),
    NOT_REACHABLE("ไม่มีลิงก์จากหน้าแรก", "not reachable from the homepage"),
    STALE("ข้อมูลไม่เป็นปัจจุบัน", "stale content"),
    NOT_FOUND("ไม่พบข้อมูล", "not found"),
    BROKEN("ลิงก์เสีย", "broken link"),
    WRONG_CONTENT("เนื้อหาไม่ตรงกับข้อ", "wrong content"),
    NEEDS_REVIEW("ต้องตรวจสอบด้วยคน", "needs human review");

    private final String th;
    private final String en;

    Verdict(String th, String en) {
        this.th = th;
        this.en = en;
    }

    public String th() {
        return th;
    }

    public String en() {
        return en;
    }

    /** Item score: 100 for PASS, 0 otherwise (NACC scores each item 100 or 0). */
    public int score() {
        return this == PASS ? 100 : 0;
    }
}
