package th.oitcrawler.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmissionsCsvTest {
    private static final Set<String> ITEMS = Set.of("O1", "O2", "O23");

    private static SubmissionsCsv.Parsed parse(String text) {
        return SubmissionsCsv.parse("s.csv", text, ITEMS);
    }

    @Test
    void readsBomQuotedFieldsBlankLinesAndCrlf() {
        SubmissionsCsv.Parsed p = parse("\uFEFFAgency, Homepage ,item,URL\r\n"
                + "\"เทศบาล \"\"ก\"\", เหนือ\",http://a.go.th/,o1,http://a.go.th/x\r\n\r\n"
                + "\"อบต.\nสอง\",https://b.go.th,O23,\"https://b.go.th/y?a=1,2\"\r\n");
        assertEquals(List.of(), p.errors());
        assertEquals(List.of(new SubmissionRow(2, "เทศบาล \"ก\", เหนือ", "http://a.go.th/", "O1", "http://a.go.th/x"),
                new SubmissionRow(4, "อบต.\nสอง", "https://b.go.th", "O23", "https://b.go.th/y?a=1,2")), p.rows());
    }

    @Test
    void badRowsAreNamedWithTheirLineAndTheOthersKept() {
        SubmissionsCsv.Parsed p = parse("agency,homepage,item,url\n"
                + "a,http://a.go.th/,O1,http://a.go.th/1\n"
                + "a,http://a.go.th/,O1\n"
                + "a,ftp://a.go.th/,O1,http://a.go.th/1\n"
                + "a,http://a.go.th/,O77,http://a.go.th/1\n"
                + "a,http://a.go.th/,O2,javascript:alert(1)\n"
                + "a,http://other.go.th/,O2,http://a.go.th/2\n"
                + ",http://a.go.th/,O2,http://a.go.th/2\n"
                + "b,http://b.go.th/,O2,\"http://b.go.th/unclosed\n");
        assertEquals(List.of(
                "s.csv:3: expected 4 fields agency,homepage,item,url but found 3",
                "s.csv:4: homepage is not an http(s) URL: \"ftp://a.go.th/\"",
                "s.csv:5: unknown item \"O77\" for this checklist",
                "s.csv:6: not an http(s) URL: \"javascript:alert(1)\"",
                "s.csv:7: agency \"a\" has homepage http://a.go.th/ on line 2, not http://other.go.th/",
                "s.csv:8: agency is empty",
                "s.csv:9: a quoted field is never closed"), p.errors());
        assertEquals(1, p.rows().size());
    }

    @Test
    void duplicateRowsAreKeptAndNoted() {
        SubmissionsCsv.Parsed p = parse("agency,homepage,item,url\na,http://a.go.th/,O1,http://a.go.th/1\n"
                + "a,http://a.go.th/,O1,http://a.go.th/1\n");
        assertEquals(2, p.rows().size());
        assertEquals(List.of("s.csv:3: same agency, item and URL as line 2"), p.notes());
    }

    @Test
    void wrongHeaderIsOneError() {
        assertEquals(List.of("s.csv:1: header must be \"agency,homepage,item,url\""), parse("item,url\nO1,http://a/\n").errors());
    }
}
