package th.oitcrawler.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import th.oitcrawler.fixture.FixtureHttpServer;
import th.oitcrawler.fixture.FixtureSite;

/**
 * {@code fixture-server DIR}: serves a fixture folder on loopback until killed (benchmarks and manual
 * testing). Prints the homepage URL as its first line, then waits.
 */
@Command(name = "fixture-server", hidden = true, description = "serve a fixture folder on 127.0.0.1 until killed")
final class FixtureServerCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR")
    Path dir;

    @Option(names = "--seconds", defaultValue = "3600", description = "stop after this many seconds (default ${DEFAULT-VALUE})")
    long seconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(dir.resolve("site.json"))) {
            throw new UserInputException("not a fixture folder (no site.json): " + dir);
        }
        try (FixtureHttpServer server = FixtureHttpServer.start(FixtureSite.load(dir))) {
            spec.commandLine().getOut().println(server.site().homepage());
            spec.commandLine().getOut().flush();
            Thread.sleep(seconds * 1000);
        }
        return ExitCodes.OK;
    }
}
