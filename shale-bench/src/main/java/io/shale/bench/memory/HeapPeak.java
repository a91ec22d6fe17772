package io.shale.bench.memory;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The peak heap of this JVM, seen through garbage-collection notifications: the most heap still in
 * use after any collection, which is what the program held then. It is a lower bound of the live
 * peak, close to it when the heap is small and collections are frequent.
 */
final class HeapPeak {
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(pool -> pool.getName()).collect(Collectors.toSet());
    private final AtomicLong afterGc = new AtomicLong();

    /** Starts listening; every collection from now on counts. */
    HeapPeak start() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    afterGc.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
                }
            }, null, null);
        }
        return this;
    }

    /** The largest heap in use after a collection, in bytes. */
    long afterGc() {
        return afterGc.get();
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }
}
