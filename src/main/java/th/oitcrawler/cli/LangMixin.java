package th.oitcrawler.cli;

import picocli.CommandLine.Option;
import th.oitcrawler.report.Lang;

/** {@code --lang th|en}: Thai by default. */
final class LangMixin {
    @Option(names = "--lang", defaultValue = "th", description = "th (default) or en")
    String lang;

    Lang lang() {
        return switch (lang.toLowerCase(java.util.Locale.ROOT)) {
            case "th" -> Lang.TH;
            case "en" -> Lang.EN;
            default -> throw new UserInputException("--lang must be th or en, was \"" + lang + "\"");
        };
    }
}
