package com.phonesmith.bench;

import com.phonesmith.devstack.Durability;
import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.PostgresServer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.ReceiveTaskBuilder;

/**
 * The workflow benchmark's floor: Camunda's engine alone, in the benchmark's JVM, on the same durable PostgreSQL,
 * running a process with the shape of {@code phone-order}'s happy path and none of its work. An order is started
 * (OrderPlaced), then eight messages are correlated to it by business key, each in a command (a transaction) of its
 * own: the image and the handset in parallel, then flashed, QA passed, packed, shipped, payment captured, delivered.
 * That is the nine messages an order takes in order-workflow, without Kafka, inbox, outbox, timeline, order rows or
 * HTTP. Run twice: with no history and no timers (the engine's least), and with audit history and a timer bounding
 * each wait, as {@code phone-order} has. What order-workflow reaches on the same machine cannot be above either.
 */
final class EngineFloor implements BenchMain.Benchmark {
    static final int THREADS = Integer.parseInt(System.getenv().getOrDefault("PHONESMITH_BENCH_ENGINE_THREADS", "4"));
    static final Duration MEASURE = Duration.ofSeconds(20);
    static final int WARM_UP_ROUND = 500;
    static final int MAX_WARM_UP = 2_000;
    /**
     * The engine's and MyBatis's loggers held at INFO: with no logging configuration in this JVM, MyBatis otherwise
     * wraps every connection and statement in its debug loggers. Held here, as the JDK keeps loggers weakly.
     */
    private static final List<java.util.logging.Logger> QUIET = List.of(
            java.util.logging.Logger.getLogger("org.camunda"), java.util.logging.Logger.getLogger("org.apache.ibatis"));
    static final String[] WAITS = {"Flashed", "QaPassed", "Packed", "Shipped", "PaymentCaptured", "Delivered"};

    /** What one engine run measured. */
    record Result(double ordersPerSecond, long measured, long warmUp, double jitShareBefore) {
    }

    @Override
    public String description() {
        return "the workflow's floor: Camunda's engine alone in this JVM, " + THREADS + " threads each running an"
                + " order's nine messages (start and eight correlations) in a closed loop, " + MEASURE.toSeconds()
                + " s measured once the JIT settled; no history and no timers, then audit history and a timer per wait";
    }

    @Override
    public Map<String, String> run() throws Exception {
        Path work = Files.createTempDirectory("phonesmith-bench-engine-floor-");
        Figures figures = new Figures();
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), Ports.free(), Durability.DURABLE,
                work.resolve("postgresql.log"))) {
            measure(postgres, figures);
        }
        BenchServices.deleteQuietly(work);
        return figures;
    }

    /** Both runs, each on a database of its own on {@code postgres}, their figures put into {@code figures}. */
    static void measure(PostgresServer postgres, Figures figures) throws Exception {
        Result least = run(postgres, "engine_floor_least", false, false, MEASURE);
        figures.put("floor-engine-orders-per-s", String.format("%.1f", least.ordersPerSecond()));
        Result bounded = run(postgres, "engine_floor_bounded", true, true, MEASURE);
        figures.put("floor-engine-audit-timers-orders-per-s", String.format("%.1f", bounded.ordersPerSecond()));
        figures.put("floor-engine-settings", "Camunda " + ProcessEngine.class.getPackage().getImplementationVersion()
                + " standalone in the benchmark's JVM (java " + jvm() + "), " + THREADS + " threads, one order each at"
                + " a time, each message a command of its own; warm-up " + least.warmUp() + " and " + bounded.warmUp()
                + " orders (JIT compilers " + String.format("%.0f", least.jitShareBefore() * 100) + " and "
                + String.format("%.0f", bounded.jitShareBefore() * 100) + " % of the CPU in the last round); measured "
                + least.measured() + " and " + bounded.measured() + " orders; job executor off; PostgreSQL "
                + postgres.durability().describe() + "; the same " + Runtime.getRuntime().availableProcessors()
                + " cores");
    }

    /** The process: parallel image and handset waits, then the six later waits, each bounded by a timer if asked. */
    static BpmnModelInstance process(boolean timers) {
        AbstractFlowNodeBuilder<?, ?> builder = Bpmn.createExecutableProcess("floor-order").camundaHistoryTimeToLive(1)
                .startEvent("placed").parallelGateway("fork");
        builder = await(builder, "ImageReady", timers).parallelGateway("join").moveToNode("fork");
        await(builder, "HandsetReserved", timers).connectTo("join");
        builder = builder.moveToNode("join");
        for (String wait : WAITS) {
            builder = await(builder, wait, timers);
        }
        return builder.endEvent("done").done();
    }

    /** A receive task for the message, with a timer on it (that never fires here) as phone-order bounds each wait. */
    private static AbstractFlowNodeBuilder<?, ?> await(AbstractFlowNodeBuilder<?, ?> builder, String message,
            boolean timers) {
        ReceiveTaskBuilder task = builder.receiveTask(message).message(message);
        if (!timers) {
            return task;
        }
        task.boundaryEvent(message + "-late").timerWithDuration("PT1H").endEvent(message + "-late-end");
        return task;
    }

    /**
     * Runs orders from {@link #THREADS} threads in a closed loop: rounds of {@link #WARM_UP_ROUND} until the JIT's
     * compilers took under 5 % of this JVM's CPU, then {@code measure}.
     */
    static Result run(PostgresServer postgres, String database, boolean audit, boolean timers, Duration measure)
            throws Exception {
        postgres.ensureDatabase(database);
        QUIET.forEach(logger -> logger.setLevel(java.util.logging.Level.INFO));
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(postgres.jdbcUrl(database)).setJdbcUsername(PostgresServer.USER)
                .setJdbcPassword(PostgresServer.USER).setJdbcDriver("org.postgresql.Driver")
                .setDatabaseSchemaUpdate("true").setHistory(audit ? "audit" : "none").setJobExecutorActivate(false)
                .setJdbcMaxActiveConnections(THREADS + 2).setProcessEngineName("floor-" + database);
        ProcessEngineConfigurationImpl engineSettings = configuration;
        engineSettings.setCmmnEnabled(false);
        engineSettings.setDmnEnabled(false);
        engineSettings.setMetricsEnabled(false);
        engineSettings.setDbMetricsReporterActivate(false);
        if (audit) {
            engineSettings.setHistoryRemovalTimeStrategy("start");
        }
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            engine.getRepositoryService().createDeployment().addModelInstance("floor-order.bpmn", process(timers))
                    .deploy();
            RuntimeService runtime = engine.getRuntimeService();
            long pid = ProcessHandle.current().pid();
            long warmUp = 0;
            double share;
            do {
                JitActivity before = JitActivity.of(pid);
                warmUp += orders(runtime, WARM_UP_ROUND, null);
                share = JitActivity.of(pid).shareSince(before);
                System.err.printf("engine floor warm-up (%s): %d orders, JIT compilers took %.0f %% of the CPU%n",
                        database, warmUp, share * 100);
            } while (share >= 0.05 && warmUp + WARM_UP_ROUND <= MAX_WARM_UP);
            long t0 = System.nanoTime();
            long measured = orders(runtime, Long.MAX_VALUE, measure);
            double seconds = (System.nanoTime() - t0) / 1e9;
            return new Result(measured / seconds, measured, warmUp, share);
        } finally {
            engine.close();
        }
    }

    /** Runs {@code count} orders (or as many as fit in {@code limit}) from the threads; how many completed. */
    private static long orders(RuntimeService runtime, long count, Duration limit) throws Exception {
        AtomicLong started = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        AtomicBoolean stop = new AtomicBoolean();
        long end = limit == null ? Long.MAX_VALUE : System.nanoTime() + limit.toNanos();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                running.add(threads.submit(() -> {
                    while (!stop.get() && started.incrementAndGet() <= count) {
                        String order = UUID.randomUUID().toString();
                        runtime.startProcessInstanceByKey("floor-order", order);
                        correlate(runtime, "HandsetReserved", order);
                        correlate(runtime, "ImageReady", order);
                        for (String wait : WAITS) {
                            correlate(runtime, wait, order);
                        }
                        completed.incrementAndGet();
                        if (System.nanoTime() >= end) {
                            stop.set(true);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return completed.get();
    }

    private static void correlate(RuntimeService runtime, String message, String order) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(order).correlate();
    }

    /** This JVM's options, for the settings line. */
    static String jvm() {
        return String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments());
    }
}
