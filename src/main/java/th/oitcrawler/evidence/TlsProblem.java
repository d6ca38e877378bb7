package th.oitcrawler.evidence;

/**
 * What is wrong with a site's certificate, as a browser would warn about it. The JSON value is the
 * constant's name. A TLS problem is a finding about the site, never a crash of the check.
 */
public enum TlsProblem {
    EXPIRED("ใบรับรองความปลอดภัย (certificate) หมดอายุ", "the certificate has expired"),
    NOT_YET_VALID("ใบรับรองยังไม่ถึงวันเริ่มใช้", "the certificate is not valid yet"),
    SELF_SIGNED("ใบรับรองออกเอง (self-signed) ไม่มีผู้ออกที่เชื่อถือได้", "the certificate is self-signed"),
    HOSTNAME_MISMATCH("ใบรับรองออกให้ชื่อโดเมนอื่น", "the certificate is for another host name"),
    INCOMPLETE_CHAIN("เซิร์ฟเวอร์ส่งใบรับรองไม่ครบสาย (ขาด intermediate)", "the server sends an incomplete certificate chain"),
    UNTRUSTED_ISSUER("ผู้ออกใบรับรองไม่อยู่ในรายการที่เชื่อถือ", "the certificate's issuer is not trusted"),
    HANDSHAKE_FAILED("เชื่อมต่อแบบเข้ารหัส (TLS) ไม่สำเร็จ", "the TLS handshake failed");

    private final String th;
    private final String en;

    TlsProblem(String th, String en) {
        this.th = th;
        this.en = en;
    }

    public String th() {
        return th;
    }

    public String en() {
        return en;
    }
}
