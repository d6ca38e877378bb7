package th.oitcrawler.score;

import th.oitcrawler.checklist.ChecklistItem;
import th.oitcrawler.freshness.Freshness;

/** The reasons and fixes a report shows, Thai and English, one factory per situation. */
final class Reasons {
    private Reasons() {
    }

    static Reason notFound(ChecklistItem item) {
        return Reason.of("ไม่พบลิงก์หรือหน้าที่เกี่ยวกับ \"" + item.title() + "\" ที่คลิกไปถึงได้จากหน้าแรก",
                "nothing about \"" + item.titleEn() + "\" was found by following links from the homepage")
                .withFix("เผยแพร่ข้อมูลนี้และเพิ่มลิงก์ในหน้า ITA/OIT ของเว็บไซต์ โดยระบุรหัสข้อ " + item.code() + " ในแถวเดียวกับลิงก์",
                        "publish it and link it from the site's ITA/OIT page, with the code " + item.code() + " next to the link");
    }

    static Reason notReachable(String url) {
        return Reason.of("หน้า " + url + " เปิดได้ แต่ไม่มีลิงก์จากหน้าแรกที่คลิกต่อกันไปถึง (คณะผู้ประเมินจะให้ 0 คะแนน)",
                url + " answers, but no chain of links from the homepage leads to it (the panel scores this 0)")
                .withFix("เพิ่มลิงก์ไปยังหน้านี้จากเมนู ITA หรือหน้าแรก", "add a link to it from the ITA menu or the homepage");
    }

    static Reason stale(Freshness f, int fiscalYear) {
        return Reason.of(f.detailTh(), f.detail())
                .withFix("เผยแพร่ข้อมูลของปีงบประมาณ พ.ศ. " + fiscalYear + " ตามที่ข้อนี้กำหนด",
                        "publish the version for fiscal year " + fiscalYear + " this item requires");
    }

    static Reason undated(Freshness f) {
        return Reason.of(f.detailTh() + " — เอกสารอาจเป็นภาพสแกน ต้องตรวจด้วยคน",
                f.detail() + " — the document may be a scan; a person must check it")
                .withFix("ระบุปีงบประมาณหรือเดือนไว้ในข้อความลิงก์หรือชื่อไฟล์",
                        "state the fiscal year or month in the link text or the file name");
    }

    static Reason broken(String url, String problem) {
        return Reason.of("ลิงก์ " + url + " เปิดไม่ได้ (" + problem + ")", "link " + url + " fails (" + problem + ")")
                .withFix("แก้ลิงก์ให้ชี้ไปยังไฟล์หรือหน้าที่มีอยู่จริง", "point the link at a file or page that exists");
    }

    static Reason unverified(String url, String problem) {
        return Reason.of("ตรวจ " + url + " ไม่ได้ในตอนนี้ (" + problem + ")", "could not check " + url + " (" + problem + ")")
                .withFix("ลองตรวจใหม่ภายหลัง หรือเปิดลิงก์ด้วยตนเอง", "check again later, or open the link yourself");
    }

    static Reason wrongContent(ChecklistItem item, String url, String ownTitle) {
        String th = ownTitle == null || ownTitle.isBlank() ? "หน้า " + url + " ไม่ได้กล่าวถึง \"" + item.title() + "\""
                : "ไฟล์ที่ลิงก์ " + url + " ชื่อ \"" + ownTitle.strip() + "\" ไม่ใช่ \"" + item.title() + "\"";
        String en = ownTitle == null || ownTitle.isBlank() ? url + " is not about \"" + item.titleEn() + "\""
                : "the file at " + url + " is named \"" + ownTitle.strip() + "\", not \"" + item.titleEn() + "\"";
        return Reason.of(th, en)
                .withFix("ตรวจให้ลิงก์ชี้ไปยังเอกสารของข้อ " + item.code() + " ที่ถูกต้อง",
                        "make the link point at the right document for " + item.code());
    }

    static Reason weakMatch(ChecklistItem item) {
        return Reason.of("พบเพียงข้อความรอบลิงก์ที่คล้ายกับ \"" + item.title() + "\" ไม่มีรหัสข้อหรือชื่อข้อในลิงก์",
                "only the text around a link resembles \"" + item.titleEn() + "\"; no item code or title on the link")
                .withFix("ระบุรหัสข้อ " + item.code() + " และชื่อข้อในแถวเดียวกับลิงก์",
                        "write " + item.code() + " and the item's title next to the link");
    }

    /** Why "not found" cannot be said: a limit stopped the crawl before the whole site was seen; null if none did. */
    static Reason siteNotFullySeen(th.oitcrawler.crawl.CrawlResult crawl) {
        return crawl.limits().stream().filter(h -> h.limit().leavesSiteUnseen()).findFirst()
                .map(h -> Reason.of("ไม่พบในส่วนที่สำรวจ แต่การสำรวจหยุดก่อนครบทั้งเว็บไซต์: " + h.limit().th()
                                + " (" + h.refused() + " ที่อยู่ไม่ได้เปิด) จึงยังสรุปว่าไม่มีไม่ได้",
                        "not found in the part crawled, but the crawl stopped before seeing the whole site: "
                                + h.limit().en() + " (" + h.refused() + " URLs not fetched), so absence cannot be concluded")
                        .withFix("ตรวจใหม่โดยเพิ่ม --max-pages หรือ --max-seconds หรือตรวจข้อนี้ด้วยตนเอง",
                                "check again with a larger --max-pages or --max-seconds, or check this item by hand"))
                .orElse(null);
    }
}
