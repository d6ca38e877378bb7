package th.oitcrawler.graph;

import java.util.Locale;

/**
 * How a link was found on a page, and what following it costs a person in clicks.
 *
 * <p>A frame, an iframe, a redirect and a meta refresh show their target without a click, so they
 * cost 0: a frameset homepage's menu frame is part of the homepage as the public sees it.
 */
public enum LinkKind {
    A(1), AREA(1), SELECT(1), ONCLICK(1), JAVASCRIPT(1),
    FRAME(0), IFRAME(0), META_REFRESH(0), REDIRECT(0);

    private final int clicks;

    LinkKind(int clicks) {
        this.clicks = clicks;
    }

    /** Clicks a person spends following this link: 0 or 1. */
    public int clicks() {
        return clicks;
    }

    /** The value written to JSON: {@code a}, {@code meta-refresh}, … */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
