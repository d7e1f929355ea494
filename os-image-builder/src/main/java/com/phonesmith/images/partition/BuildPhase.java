package com.phonesmith.images.partition;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Timespan;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * One phase of an image build (staging a partition's tree, mke2fs, the sparse conversion, hashing, signing, the
 * bundle's digest, ...) as a flight recorder event, so a recording shows where a build's time goes. Costs nothing
 * when no recording is running.
 */
@Name("phonesmith.images.BuildPhase")
@Label("Image build phase")
@Category({"Phonesmith", "Images"})
@Description("A phase of building a partition image or a bundle")
@StackTrace(false)
public final class BuildPhase extends Event {
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory
            .getThreadMXBean();

    @Label("Part")
    @Description("The partition (system, vendor, product) or bundle the phase works on")
    String part;

    @Label("Phase")
    String phase;

    @Label("Bytes")
    @DataAmount
    long bytes;

    @Label("CPU time")
    @Description("The CPU time of the phase's thread during the phase: less than its duration when it waited")
    @Timespan
    long cpu;

    private BuildPhase(String part, String phase) {
        this.part = part;
        this.phase = phase;
    }

    /** Starts timing a phase of the named part. */
    public static BuildPhase start(String part, String phase) {
        BuildPhase event = new BuildPhase(part, phase);
        event.cpu = CPU.getCurrentThreadCpuTime();
        event.begin();
        return event;
    }

    /** Ends the phase, which handled that many bytes (0 when it does not say). */
    public void done(long handledBytes) {
        this.bytes = handledBytes;
        this.cpu = CPU.getCurrentThreadCpuTime() - cpu;
        commit();
    }

    /** Ends the phase. */
    public void done() {
        done(0);
    }
}
