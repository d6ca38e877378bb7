package th.oitcrawler.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkGraphTest {
    private static final String H = "http://a.go.th/";

    private static void link(LinkGraphBuilder b, String from, String to, String anchor, LinkKind kind) {
        b.fetched(H + from, 200, "text/html");
        b.links(H + from, List.of(new Edge(H + from, H + to, anchor, kind, "")), Map.of());
    }

    @Test
    void shortestPathWinsEvenWhenALongerOneIsRecordedFirst() {
        LinkGraphBuilder b = new LinkGraphBuilder();
        // recorded in this order, as a multi-threaded crawl might: the long route first
        link(b, "c", "target", "long way", LinkKind.A);
        link(b, "b", "c", "c", LinkKind.A);
        link(b, "a", "b", "b", LinkKind.A);
        b.fetched(H, 200, "text/html");
        b.links(H, List.of(new Edge(H, H + "a", "a", LinkKind.A, ""), new Edge(H, H + "short", "short", LinkKind.A, "")), Map.of());
        link(b, "short", "target", "ตรงไป", LinkKind.A);
        LinkGraph g = b.freeze(H);
        assertEquals(2, g.depth(H + "target").getAsInt());
        assertEquals(List.of(new PathStep(H, "", null), new PathStep(H + "short", "short", LinkKind.A),
                new PathStep(H + "target", "ตรงไป", LinkKind.A)), g.clickPath(H + "target"));
    }

    @Test
    void framesAndRedirectsCostNoClick() {
        LinkGraphBuilder b = new LinkGraphBuilder();
        b.fetched(H, 200, "text/html");
        b.links(H, List.of(new Edge(H, H + "menu.html", "", LinkKind.FRAME, "")), Map.of());
        link(b, "menu.html", "old", "ข่าว", LinkKind.A);
        b.redirect(H + "old", H + "new", 301, NodeKind.PAGE);
        b.fetched(H + "new", 200, "text/html");
        LinkGraph g = b.freeze(H);
        assertEquals(0, g.depth(H + "menu.html").getAsInt());
        assertEquals(1, g.depth(H + "new").getAsInt());
        assertEquals(LinkKind.REDIRECT, g.clickPath(H + "new").get(3).kind());
        assertEquals(H + "new", g.finalUrl(H + "old").orElseThrow());
    }

    @Test
    void unreachableNodesHaveNoDepthAndNoPath() {
        LinkGraphBuilder b = new LinkGraphBuilder();
        b.fetched(H, 200, "text/html");
        b.fetched(H + "orphan", 200, "text/html");
        LinkGraph g = b.freeze(H);
        assertFalse(g.reachable(H + "orphan"));
        assertTrue(g.clickPath(H + "orphan").isEmpty());
    }

    @Test
    void redirectLoopIsNamed() {
        LinkGraphBuilder b = new LinkGraphBuilder();
        b.fetched(H, 200, "text/html");
        b.redirect(H + "a", H + "b", 302, NodeKind.PAGE);
        b.redirect(H + "b", H + "a", 302, NodeKind.PAGE);
        LinkGraph g = b.freeze(H);
        assertTrue(g.redirectLoop(H + "a"));
        assertTrue(g.finalUrl(H + "a").isEmpty());
    }

    @Test
    void tiesGoToTheLinkListedFirstOnThePage() {
        LinkGraphBuilder b = new LinkGraphBuilder();
        b.fetched(H, 200, "text/html");
        b.links(H, List.of(new Edge(H, H + "x", "first", LinkKind.A, ""), new Edge(H, H + "x", "second", LinkKind.A, "")), Map.of());
        assertEquals("first", b.freeze(H).clickPath(H + "x").get(1).anchor());
    }
}
