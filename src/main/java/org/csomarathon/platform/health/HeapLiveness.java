package org.csomarathon.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive unless the heap is all but exhausted, when a restart serves people better than a crawl. Public:
 * UP or DOWN only; the heap's figures are on the administrator's System page.
 */
@Liveness
@ApplicationScoped
public class HeapLiveness implements HealthCheck {

    static final double LIMIT = 0.95;

    @Override
    public HealthCheckResponse call() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        double used = heap.getMax() > 0 ? (double) heap.getUsed() / heap.getMax() : 0;
        return HealthCheckResponse.named("heap").status(used < LIMIT).build();
    }
}
