package th.oitcrawler.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small one-host fixture sites (a homepage and a few Thai pages) for scan tests. */
final class TinySites {
    private TinySites() {
    }

    static Path write(Path dir, String name) throws IOException {
        return write(dir, name, false);
    }

    /** @param blocked the homepage answers 403, as a server refusing crawlers does */
    static Path write(Path dir, String name, boolean blocked) throws IOException {
        Path www = dir.resolve("www");
        Files.createDirectories(www);
        String routes = blocked ? "[{\"path\":\"/\",\"status\":403,\"body\":\"Forbidden\"}]" : "[]";
        Files.writeString(dir.resolve("site.json"), "{\"hosts\":[{\"name\":\"www\",\"dir\":\"www\"}],"
                + "\"homepage\":{\"host\":\"www\",\"path\":\"/\"},\"routes\":" + routes + "}");
        page(www, "index.html", name, "<a href=\"structure.html\">โครงสร้างหน่วยงาน</a> <a href=\"contact.html\">ติดต่อเรา</a>"
                + " <a href=\"news.html\">ข่าวประชาสัมพันธ์</a>");
        page(www, "structure.html", "โครงสร้างหน่วยงาน", "<p>แผนผังโครงสร้าง ฝ่ายการเมือง ฝ่ายข้าราชการประจำ</p>");
        page(www, "contact.html", "ข้อมูลการติดต่อ", "<p>ที่อยู่ โทรศัพท์ ๐ ๕๓๑๑ ๑๒๓๔ อีเมล saraban@example.go.th</p>");
        page(www, "news.html", "ข่าวประชาสัมพันธ์", "<p>ประกาศ ๓ ตุลาคม ๒๕๖๗</p><a href=\"index.html\">หน้าแรก</a>");
        return dir;
    }

    private static void page(Path www, String file, String title, String body) throws IOException {
        Files.writeString(www.resolve(file), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title
                + "</title></head><body><h1>" + title + "</h1>" + body + "</body></html>", StandardCharsets.UTF_8);
    }
}
