package th.oitcrawler.browser;

import org.openqa.selenium.WebElement;

/** What a person sees of text in the browser, asked of the page itself. */
public final class RenderedText {
    /**
     * Draws the first Thai letter of {@code element}'s text in the element's own font, and a
     * character Unicode leaves unassigned in the Thai block (U+0E5F), and compares the pixels. Without
     * a Thai font both come out as the same "missing glyph" box (or nothing), so equal pixels mean
     * the reader sees boxes instead of Thai.
     */
    static final String THAI_GLYPH_DIFFERS = """
            const el = arguments[0];
            const letter = (el.innerText.match(/[\\u0E01-\\u0E2E]/) || [''])[0];
            if (!letter) return 'no Thai letter in the element';
            const font = getComputedStyle(el).font;
            function draw(ch) {
              const c = document.createElement('canvas'); c.width = 64; c.height = 64;
              const g = c.getContext('2d'); g.font = font.replace(/\\d+(\\.\\d+)?px/, '40px');
              g.fillStyle = '#000'; g.textBaseline = 'top'; g.fillText(ch, 4, 4);
              return Array.from(g.getImageData(0, 0, 64, 64).data).join(',');
            }
            const a = draw(letter), b = draw('\\u0E5F');
            return a !== b ? 'ok' : 'Thai letter ' + letter + ' draws like a missing glyph in font ' + font;
            """;

    private RenderedText() {
    }

    /** "ok", or why Thai in {@code element} is not readable. */
    public static String thaiReadable(HeadlessChromium browser, WebElement element) {
        if (!element.isDisplayed()) {
            return "not displayed";
        }
        if (element.getRect().getWidth() <= 0 || element.getRect().getHeight() <= 0) {
            return "zero size: " + element.getRect();
        }
        return String.valueOf(browser.js(THAI_GLYPH_DIFFERS, element));
    }
}
