package th.oitcrawler.cli;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import th.oitcrawler.serve.CheckServer;

/** {@code serve}: the local web page where an admin checks a site and reads the report (issue 7). */
@Command(name = "serve", description = "เปิดหน้าเว็บในเครื่องสำหรับตรวจเว็บไซต์ / a local web page to run checks and read reports")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8568", paramLabel = "N", description = "TCP port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "address to listen on (default ${DEFAULT-VALUE}: this machine only)")
    String bind;

    @Option(names = "--out", defaultValue = "oit-serve", paramLabel = "DIR", description = "report folders go here (default ${DEFAULT-VALUE})")
    Path out;

    @Mixin
    CrawlMixin crawl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new UserInputException("--port must be 0–65535, was " + port);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UserInputException("--bind " + bind + ": not an address of this machine");
        }
        Path dir = OutputFolders.prepare(out);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        crawl.options(java.net.URI.create("http://example.go.th/")); // bad crawl options fail now, not per check
        try (CheckServer server = startServer(address, dir)) {
            if (!address.isLoopbackAddress()) {
                stderr.println("oit-crawler: คำเตือน: เปิดให้เครื่องอื่นในเครือข่ายใช้ได้ (--bind " + bind
                        + ") ไม่มีการยืนยันตัวตน / warning: reachable from the network, no authentication");
            }
            stdout.println("เปิดหน้านี้ในเบราว์เซอร์ / open: " + server.url());
            stdout.println("รายงานเก็บที่ / reports in: " + dir.toAbsolutePath() + "   (Ctrl+C หยุด / to stop)");
            stdout.flush();
            new CountDownLatch(1).await();
        }
        return ExitCodes.OK;
    }

    private CheckServer startServer(InetAddress address, Path dir) {
        try {
            return CheckServer.start(address, port, dir, crawl::options);
        } catch (java.io.IOException e) {
            throw new UserInputException("cannot listen on " + bind + ":" + port + " (" + e.getMessage()
                    + "); is another program using the port? try --port 0");
        }
    }
}
