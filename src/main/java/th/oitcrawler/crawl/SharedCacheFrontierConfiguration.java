package th.oitcrawler.crawl;

import com.sleepycat.je.Environment;
import com.sleepycat.je.EnvironmentConfig;
import edu.uci.ics.crawler4j.crawler.CrawlConfig;
import edu.uci.ics.crawler4j.frontier.DocIDServer;
import edu.uci.ics.crawler4j.frontier.Frontier;
import edu.uci.ics.crawler4j.frontier.FrontierConfiguration;
import edu.uci.ics.crawler4j.frontier.SleepycatDocIDServer;
import edu.uci.ics.crawler4j.frontier.SleepycatFrontierImpl;
import edu.uci.ics.crawler4j.url.SleepycatWebURLFactory;
import edu.uci.ics.crawler4j.url.WebURLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;

/**
 * The fork's Berkeley DB frontier with a bounded, JVM-wide shared cache. The stock configuration
 * gives every crawl 60 % of the heap, so many crawls in one JVM run out of memory
 * (research/crawler4j-fork.md §5).
 */
final class SharedCacheFrontierConfiguration implements FrontierConfiguration {
    static final long CACHE_BYTES = 32L << 20;
    static final int LOG_BUFFER_BYTES = 3 * (64 << 10);
    private final Environment env;
    private final SleepycatDocIDServer docIdServer;
    private final SleepycatFrontierImpl frontier;

    SharedCacheFrontierConfiguration(CrawlConfig config) throws Exception {
        File home = new File(config.getCrawlStorageFolder(), "frontier");
        try {
            Files.createDirectories(home.toPath());
        } catch (IOException e) {
            throw new IOException("cannot create the crawl work folder " + home + ": " + e.getMessage(), e);
        }
        EnvironmentConfig ec = new EnvironmentConfig();
        ec.setAllowCreate(true);
        ec.setTransactional(false);
        ec.setLocking(false);
        ec.setSharedCache(true);
        ec.setCacheSize(CACHE_BYTES);
        // JE watches its folder for deleted log files with an inotify WatchService per environment; a scan
        // runs 150 crawls at once and Linux allows 128 inotify instances per user by default (issue 5).
        ec.setConfigParam(EnvironmentConfig.LOG_DETECT_FILE_DELETE, "false");
        // JE sizes its log buffers at 7 % of the cache and adds a 1 MB write queue, per environment:
        // ~3.3 MB for each of a scan's 150 concurrent crawls, half its heap (issue 5 benchmark). A crawl's
        // frontier writes small records; 3 × 64 KB buffers keep up with it.
        ec.setConfigParam(EnvironmentConfig.LOG_TOTAL_BUFFER_BYTES, String.valueOf(LOG_BUFFER_BYTES));
        ec.setConfigParam(EnvironmentConfig.LOG_USE_WRITE_QUEUE, "false");
        ec.setConfigParam(EnvironmentConfig.LOG_FILE_CACHE_SIZE, "10");
        ec.setConfigParam(EnvironmentConfig.STATS_COLLECT, "false");
        this.env = new Environment(home, ec);
        this.docIdServer = new SleepycatDocIDServer(env, config);
        this.frontier = new SleepycatFrontierImpl(env, config);
    }

    @Override
    public DocIDServer getDocIDServer() {
        return docIdServer;
    }

    @Override
    public Frontier getFrontier() {
        return frontier;
    }

    @Override
    public WebURLFactory getWebURLFactory() {
        return new SleepycatWebURLFactory();
    }

    @Override
    public void close() {
        env.close();
    }
}
