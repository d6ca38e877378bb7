package th.oitcrawler.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Holds back new sites while the heap is nearly full. Each site in flight keeps its link graph (page
 * texts, links) until it is judged, so 150 large sites at once can need more than the heap; without a
 * gate the JVM then spends its time in garbage collection and the whole scan stalls (seen in the
 * scan benchmark at -Xmx1g before the graphs were made compact). Waiting lets running sites finish
 * and free their graphs. Reads the old generation's occupancy after the last collection (live data,
 * not garbage); with no such pool the gate is always open.
 */
final class HeapGate {
    /** Above this share of the old generation, live after a collection, no new site starts. */
    static final double FULL = 0.70;
    private final List<MemoryPoolMXBean> oldPools;

    HeapGate() {
        this.oldPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .toList();
    }

    /** True when a new site may start. */
    boolean open() {
        for (MemoryPoolMXBean p : oldPools) {
            MemoryUsage after = p.getCollectionUsage();
            if (after != null && after.getMax() > 0 && after.getUsed() > FULL * after.getMax()) {
                return false;
            }
        }
        return true;
    }
}
