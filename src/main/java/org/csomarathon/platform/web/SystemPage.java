package org.csomarathon.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Instant;
import org.csomarathon.platform.ClockProducer;
import org.csomarathon.platform.ClockSetting;
import org.csomarathon.platform.Migrations;
import org.csomarathon.platform.Settings;

/** The administrator's view of the settings this instance runs with (secrets left out). */
@Named
@RequestScoped
public class SystemPage {

    @Inject
    Settings settings;

    @Inject
    Migrations migrations;

    @Inject
    ClockProducer clocks;

    @Inject
    Clock clock;

    public Settings getSettings() {
        return settings;
    }

    /** What moved the application's clock, if anything. */
    public ClockSetting getClockSetting() {
        return clocks.setting();
    }

    public Instant getNow() {
        return clock.instant();
    }

    public String getSchemaVersion() {
        return migrations.schemaVersion();
    }

    public String getJavaVersion() {
        return Runtime.version().toString();
    }

    public long getHeapUsedMb() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    public long getHeapMaxMb() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
