package cn.egovkiosk.admin.benchmark;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/** Latencies in a fixed histogram of 10 µs buckets up to 10 s: bounded memory whatever the request count. */
final class LatencyRecorder {

    private static final long BUCKET_NANOS = 10_000;
    private final AtomicLongArray buckets = new AtomicLongArray(1_000_000);
    private final AtomicInteger count = new AtomicInteger();

    void add(long nanos) {
        buckets.incrementAndGet((int) Math.min(buckets.length() - 1, nanos / BUCKET_NANOS));
        count.incrementAndGet();
    }

    int count() {
        return count.get();
    }

    /** The upper bound of the bucket holding the given fraction of the requests, in nanoseconds. */
    long percentile(double fraction) {
        long wanted = (long) Math.ceil(count.get() * fraction);
        long seen = 0;
        for (int i = 0; i < buckets.length(); i++) {
            seen += buckets.get(i);
            if (seen >= wanted && wanted > 0) {
                return (i + 1) * BUCKET_NANOS;
            }
        }
        return 0;
    }
}
