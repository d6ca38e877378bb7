package th.oitcrawler.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import th.oitcrawler.crawl.CrawlException;
import th.oitcrawler.crawl.UserAgent;

/** Entry point: {@code java -jar oit-crawler.jar <command> …}. */
@Command(name = "oit-crawler", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "ตรวจเว็บไซต์หน่วยงานตามเกณฑ์ OIT ของ ITA (ป.ป.ช.) / Checks a Thai agency website against the OIT checklist.",
        subcommands = {CheckCommand.class, CrawlCommand.class, PathCommand.class, DemoCommand.class, ServeCommand.class,
                VerifyCommand.class, ScanCommand.class, DiffCommand.class, DatesCommand.class, FixtureServerCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  all items pass / done", "  1  some items fail (or: URL not reachable, for path)",
                "  2  bad usage or bad input", "  3  the homepage could not be fetched", "  4  internal error"})
public final class Main implements Runnable {

    public static void main(String[] args) {
        PrintWriter err = utf8(FileDescriptor.err);
        try {
            System.exit(run(args, utf8(FileDescriptor.out), err));
        } catch (OutOfMemoryError e) {
            err.println("oit-crawler: out of memory (" + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB heap); give it more, e.g. OIT_JAVA_OPTS=-Xmx2g bin/oit-crawler …, or lower --max-pages");
            err.flush();
            System.exit(ExitCodes.INTERNAL_ERROR);
        }
    }

    /** Runs a command line in-process (tests use this) and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter e = cmd.getErr();
            if (ex instanceof UserInputException || ex instanceof IllegalArgumentException) {
                e.println("oit-crawler: " + ex.getMessage());
                return ExitCodes.BAD_INPUT;
            }
            if (ex instanceof CrawlException) {
                e.println("oit-crawler: " + ex.getMessage());
                return ExitCodes.INTERNAL_ERROR;
            }
            e.println("oit-crawler: internal error: " + ex);
            if (Boolean.getBoolean("oit.stacktrace")) {
                ex.printStackTrace(e);
            }
            return ExitCodes.INTERNAL_ERROR;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            PrintWriter e = ex.getCommandLine().getErr();
            e.println("oit-crawler: " + ex.getMessage());
            e.println("(--help for usage)");
            return ExitCodes.BAD_INPUT;
        });
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required: check, crawl, path, demo, dates …");
    }

    private static PrintWriter utf8(FileDescriptor fd) {
        // Java 17 writes stdout in the platform charset; under a C locale Thai becomes "?".
        return new PrintWriter(new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8), true);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"oit-crawler " + UserAgent.VERSION};
        }
    }
}
