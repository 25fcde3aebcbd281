package org.hpms.bench;

import java.util.Arrays;

/** Latencies of one measured series: percentiles and throughput. */
record LatencyStats(String name, long[] nanos, long wallNanos) {

    double percentileMillis(double percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    double perSecond() {
        return nanos.length / (wallNanos / 1e9);
    }

    String markdownRow(LatencyStats baseline) {
        return String.format("| %s | %d | %.2f | %.2f | %.2f | %.0f | %.2f | %.2f | %.1fx |", name, nanos.length,
                percentileMillis(50), percentileMillis(95), percentileMillis(99), perSecond(),
                baseline.percentileMillis(50), baseline.percentileMillis(95),
                percentileMillis(50) / baseline.percentileMillis(50));
    }
}
