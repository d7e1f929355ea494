package com.phonesmith.bench;

import com.phonesmith.devstack.ChildJvm;
import com.phonesmith.devstack.Durability;
import com.phonesmith.devstack.KafkaBroker;
import com.phonesmith.devstack.Ports;
import com.phonesmith.devstack.PostgresServer;
import com.phonesmith.devstack.testing.TestTokens;
import com.phonesmith.factory.capacity.EdfScheduler;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The factory: {@code flash-vs-aosp-ratio}, our fastboot client against AOSP's {@code fastboot} flashing the same
 * 64 MiB image to the same virtual handset (link speed unlimited, alternating rounds, best of each); and the schedule:
 * {@code schedule-30k-s}, factory-adapter planning 30,000 work orders that have not started
 * into a two-week capacity calendar through its API (read and lock them, plan earliest deadline first, write each
 * order's day and every day's booked count, commit durably), against two floors measured in the same run: the plan
 * alone in memory, and one batch update writing 30,000 days to the same table.
 */
final class FactoryBenchmark implements BenchMain.Benchmark {
    static final Path JAR = AuthBenchmark.ROOT.resolve("factory-adapter/target/quarkus-app/quarkus-run.jar");
    static final List<String> JVM = List.of("-Xmx512m", "-XX:+UseG1GC",
            // two weeks: today and the 13 days after; the timer must not plan while the benchmark does
            "-Dfactory.capacity.horizon-days=13", "-Dfactory.capacity.replan-interval=off");
    static final int ORDERS = 30_000;
    static final ZoneId FACTORY_ZONE = ZoneId.of("Europe/Stockholm");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String description() {
        return "our fastboot client vs AOSP fastboot flashing 64 MiB; planning " + ORDERS + " work orders into a two-week capacity calendar through factory-adapter's API,"
                + " vs the plan alone in memory and one batch update of as many rows";
    }

    @Override
    public Map<String, String> run() throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: build first (./phonesmith build)");
        }
        Path work = Files.createTempDirectory("phonesmith-bench-factory-");
        Figures figures = new Figures();
        java.util.Optional<double[]> flash = FlashBenchmark.oursVsAosp(work);
        if (flash.isPresent()) {
            figures.put("flash-ours-mib-s", String.format("%.1f", flash.get()[0]));
            figures.put("flash-aosp-mib-s", String.format("%.1f", flash.get()[1]));
            figures.put("flash-vs-aosp-ratio", String.format("%.2f", flash.get()[0] / flash.get()[1]));
            figures.put("flash-usb2-link-mib-s", String.format("%.1f", flash.get()[4]));
            figures.put("flash-usb2-ours-mib-s", String.format("%.1f", flash.get()[2]));
            figures.put("flash-usb2-aosp-mib-s", String.format("%.1f", flash.get()[3]));
        } else {
            figures.put("flash-vs-aosp-ratio", "unavailable: AOSP fastboot is not on the PATH (apt-get install fastboot)");
        }
        try (PostgresServer postgres = PostgresServer.start(work.resolve("postgres"), Ports.free(), Durability.DURABLE,
                work.resolve("postgresql.log"));
                KafkaBroker kafka = KafkaBroker.start(work.resolve("kafka"), Ports.free(), Ports.free(),
                        work.resolve("kafka.log"))) {
            postgres.ensureDatabase("factory");
            int port = Ports.free();
            Map<String, String> environment = Map.of("FACTORY_STATIONS_HOST", "127.0.0.1",
                    "FACTORY_STATIONS_FIRST_PORT", Integer.toString(Ports.free()), "FACTORY_STATIONS_COUNT", "1",
                    "FACTORY_TOKEN_URL", "http://127.0.0.1:9/oauth/token", "FACTORY_CLIENT_SECRET", "none",
                    // it flashes nothing here (the flash figures use the client alone): no key is trusted
                    "FACTORY_TRUSTED_KEYS", work.resolve("no-trusted-keys.pem").toString());
            try (ChildJvm service = BenchServices.start("factory-adapter", JAR, JVM, port,
                    postgres.jdbcUrl("factory"), kafka, environment, work);
                    Connection db = DriverManager.getConnection(postgres.jdbcUrl("factory"), PostgresServer.USER,
                            PostgresServer.USER)) {
                URI base = URI.create("http://127.0.0.1:" + port);
                BenchServices.awaitReady(http, base, service, work);
                LocalDate today = LocalDate.now(FACTORY_ZONE);
                List<EdfScheduler.Job> jobs = insertWorkOrders(db, today);

                replan(base); // warm-up on an empty table would measure nothing: plan, then unplan and plan again
                unplan(db);
                long t0 = System.nanoTime();
                String result = replan(base);
                double seconds = (System.nanoTime() - t0) / 1e9;
                figures.put("schedule-30k-s", String.format("%.2f", seconds));
                figures.put("floor-plan-in-memory-s", String.format("%.3f", planInMemory(jobs, today)));
                figures.put("floor-update-30k-s", String.format("%.2f", batchUpdate(db, jobs, today)));
                figures.put("schedule-30k-result", result);
                figures.put("schedule-30k-over-capacity-days", Integer.toString(overCapacityDays(db)));
                figures.put("schedule-30k-deadline-order-breaks", Integer.toString(deadlineOrderBreaks(db)));
                figures.put("settings", "factory-adapter: java " + String.join(" ", JVM) + " (full tiered JIT),"
                        + " prod profile, production factory model (2 lines, flashing 8 ports x 6 min, QA 4 x 3 min,"
                        + " 06:00-22:00 Monday to Saturday); PostgreSQL " + postgres.durability().describe()
                        + "; " + Runtime.getRuntime().availableProcessors() + " cores");
            }
            // after the first service stopped: both would share the factory's consumer group
            double[] station = StationBenchmark.run(postgres, kafka, work, http);
            figures.put("station-phones-per-hour", String.format("%.0f", station[0]));
            figures.put("station-floor-phones-per-hour", String.format("%.0f", station[1]));
            figures.put("station-settings", StationBenchmark.PHONES + " orders queued at an "
                    + StationBenchmark.PORTS + "-port station, a signed test bundle of " + Math.round(station[2] / 1024)
                    + " KiB of images, handsets on a " + StationBenchmark.LINK_BYTES_PER_S / 1_000_000
                    + " MB/s link booting in " + StationBenchmark.BOOT.toMillis() + " ms; factory-adapter java "
                    + String.join(" ", StationBenchmark.JVM) + "; counted from the first FlashHandset to the last"
                    + " QaPassed; the floor is ports x 3600 / (transfer + boot) per phone");
        }
        BenchServices.deleteQuietly(work);
        return figures;
    }

    /** Orders waiting for stock, placed over the last two days, due over the next two weeks, one in 500 expedited. */
    private static List<EdfScheduler.Job> insertWorkOrders(Connection db, LocalDate today) throws Exception {
        Random random = new Random(42);
        Instant now = Instant.now();
        List<EdfScheduler.Job> jobs = new ArrayList<>(ORDERS);
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into work_order (order_id, model, colour,"
                + " storage_gb, maker, status, attempts, ship_by, expedited, created_at, updated_at)"
                + " values (?, 'lumo-one', 'coral', 64, 'lumo', 'WAITING_FOR_STOCK', 0, ?, ?, ?, ?)")) {
            for (int i = 0; i < ORDERS; i++) {
                String id = UUID.randomUUID().toString();
                LocalDate shipBy = today.plusDays(random.nextInt(14));
                boolean expedited = i % 500 == 0;
                Instant created = now.minusSeconds(random.nextInt(2 * 86_400));
                jobs.add(new EdfScheduler.Job(id, shipBy, expedited, created));
                insert.setString(1, id);
                insert.setDate(2, Date.valueOf(shipBy));
                insert.setBoolean(3, expedited);
                insert.setTimestamp(4, Timestamp.from(created));
                insert.setTimestamp(5, Timestamp.from(now));
                insert.addBatch();
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        try (Statement analyze = db.createStatement()) {
            analyze.execute("analyze work_order");
        }
        return jobs;
    }

    private String replan(URI base) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/schedule/replan"))
                .header("Authorization", "Bearer " + TestTokens.get().forRole("admin"))
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("replan answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void unplan(Connection db) throws Exception {
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("update work_order set slot_day = null");
            statement.executeUpdate("update capacity_day set booked = 0");
            statement.execute("vacuum analyze work_order");
        }
    }

    private static double planInMemory(List<EdfScheduler.Job> jobs, LocalDate today) {
        EdfScheduler scheduler = new EdfScheduler();
        double best = Double.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            scheduler.plan(jobs, today, 14, day -> 2560);
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    /** One transaction writing a day to every order by primary key in batches: the cost of the writes alone. */
    private static double batchUpdate(Connection db, List<EdfScheduler.Job> jobs, LocalDate today) throws Exception {
        long t0 = System.nanoTime();
        db.setAutoCommit(false);
        try (PreparedStatement update = db.prepareStatement(
                "update work_order set ship_by = ? where order_id = ?")) {
            for (int i = 0; i < jobs.size(); i++) {
                update.setDate(1, Date.valueOf(jobs.get(i).shipBy()));
                update.setString(2, jobs.get(i).id());
                update.addBatch();
                if (i % 1000 == 999) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
        db.commit();
        db.setAutoCommit(true);
        return (System.nanoTime() - t0) / 1e9;
    }

    private static int overCapacityDays(Connection db) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("""
                select count(*) from capacity_day c
                where c.booked > c.capacity
                   or (select count(*) from work_order w where w.slot_day = c.day) > c.capacity
                """)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Pairs of consecutive days where an order not expedited on the later day is due before one on the earlier. */
    private static int deadlineOrderBreaks(Connection db) throws Exception {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery("""
                select count(*) from (
                    select day_max, lead(day_min) over (order by slot_day) as next_min from (
                        select slot_day, max(ship_by) as day_max, min(ship_by) as day_min from work_order
                        where slot_day is not null and not expedited group by slot_day) per_day) pairs
                where next_min < day_max
                """)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
