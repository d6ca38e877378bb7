package th.oitcrawler.evidence;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a fetched URL showed a person, before any judgement of its content. The JSON value is the
 * constant's name. {@link #BLOCKED} (a login wall, 401/403, rate limit 429) says the tool was kept out,
 * which is not the same as "missing": a reviewer with an account may well see the document.
 */
public enum Access {
    LIVE("เปิดได้", "answers"),
    BLOCKED("ถูกกันไว้ (ต้องเข้าสู่ระบบ หรือถูกปฏิเสธ)", "blocked (login wall or refused)"),
    MISSING("ไม่พบ (404/410)", "missing (404/410)"),
    SERVER_ERROR("เซิร์ฟเวอร์ขัดข้อง (5xx)", "server error (5xx)"),
    HTTP_ERROR("ตอบกลับด้วยรหัสผิดพลาด", "HTTP error"),
    REDIRECT_ERROR("เปลี่ยนเส้นทางวนหรือเสีย", "redirect loop or broken redirect"),
    UNREACHABLE("เชื่อมต่อไม่ได้", "could not connect"),
    NOT_CHECKED("ไม่ได้ตรวจ (หมดเวลาของเว็บไซต์)", "not checked (site time budget used up)");

    /** Where Drive, Facebook, LINE and others send a visitor who must log in first. */
    private static final Pattern LOGIN = Pattern.compile(
            "(?i)(^|[/.])(accounts\\.google\\.com|login\\.microsoftonline\\.com|access\\.line\\.me)$"
                    + "|/(servicelogin|signin|login|log-in|checkpoint)(\\.php)?(/|$)");

    private final String th;
    private final String en;

    Access(String th, String en) {
        this.th = th;
        this.en = en;
    }

    public String th() {
        return th;
    }

    public String en() {
        return en;
    }

    /** Classifies a finished fetch. */
    public static Access of(FetchTrace trace) {
        if (trace.last().isPresent() && trace.hops().stream().skip(1).anyMatch(h -> loginPage(h.url()))) {
            return BLOCKED;
        }
        if (trace.error() != null) {
            return trace.error().startsWith("redirect") || trace.error().startsWith("too many") ? REDIRECT_ERROR : UNREACHABLE;
        }
        int s = trace.status();
        if (s == 401 || s == 403 || s == 407 || s == 429 || s == 451) {
            return BLOCKED;
        }
        if (s == 404 || s == 410) {
            return MISSING;
        }
        if (s >= 500) {
            return SERVER_ERROR;
        }
        if (s >= 300 && s < 400) {
            return REDIRECT_ERROR;
        }
        return s >= 200 && s < 300 ? LIVE : HTTP_ERROR;
    }

    /** True for a sign-in page of a platform (accounts.google.com, facebook.com/login …). */
    public static boolean loginPage(String url) {
        try {
            URI u = URI.create(url);
            String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
            String path = u.getPath() == null ? "" : u.getPath().toLowerCase(Locale.ROOT);
            return LOGIN.matcher(host).find() || LOGIN.matcher(path).find();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
