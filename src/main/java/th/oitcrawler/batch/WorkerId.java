package th.oitcrawler.batch;

import java.net.InetAddress;
import java.util.Optional;
import java.util.UUID;

/**
 * Names a scan worker in its claims as {@code host/pid/nonce}. On the same host, a new worker can see
 * that an old one's process is gone (kill -9, power cut) and take its sites back at once instead of
 * waiting for the lease to run out; the nonce keeps two workers in one process apart.
 */
record WorkerId(String host, long pid, String nonce) {

    static WorkerId current() {
        return new WorkerId(hostName(), ProcessHandle.current().pid(), UUID.randomUUID().toString().substring(0, 8));
    }

    static Optional<WorkerId> parse(String s) {
        String[] p = s == null ? new String[0] : s.split("/");
        if (p.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WorkerId(p[0], Long.parseLong(p[1]), p[2]));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** True when this worker ran on {@code me}'s host in a process that no longer exists. */
    boolean deadOnHostOf(WorkerId me) {
        return host.equals(me.host) && pid != me.pid && ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    @Override
    public String toString() {
        return host + "/" + pid + "/" + nonce;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName().replace('/', '_');
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }
}
