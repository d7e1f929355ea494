package com.phonesmith.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ./phonesmith bench [NAME]}: runs the named benchmark (or all), printing one {@code figure-name: value}
 * line per figure. Each benchmark measures a floor or a peer in the same run, since machines are noisy.
 */
public final class BenchMain {
    private static final Map<String, Benchmark> BENCHMARKS = new LinkedHashMap<>();
    /** Parts of another benchmark, runnable alone by name; running every benchmark does not run them twice. */
    private static final java.util.Set<String> PARTS = java.util.Set.of("configurator-intake",
            "configurator-seed", "configurator-click", "image-builder-cold", "workflow-engine-floor");

    static {
        BENCHMARKS.put("flash", new FlashBenchmark());
        BENCHMARKS.put("codec", new CodecBenchmarkRunner());
        BENCHMARKS.put("auth", new AuthBenchmark());
        BENCHMARKS.put("activations", new ActivationsBenchmark());
        BENCHMARKS.put("configurator", new ConfiguratorBenchmark());
        // the seed catalog's evaluations of "configurator" alone
        BENCHMARKS.put("configurator-seed", new ConfiguratorBenchmark(true));
        // the page's clicks of "configurator" alone
        BENCHMARKS.put("configurator-click", new ConfiguratorClickBenchmark());
        // the order intake part of "configurator" alone
        BENCHMARKS.put("configurator-intake", new OrderIntakeBenchmark());
        BENCHMARKS.put("factory", new FactoryBenchmark());
        BENCHMARKS.put("image-builder", new ImageBuilderBenchmark());
        // the cold build part of "image-builder" alone, in rounds
        BENCHMARKS.put("image-builder-cold", new ImageBuilderBenchmark(true));
        BENCHMARKS.put("workflow", new WorkflowBenchmark());
        // the engine's floor of "workflow" alone
        BENCHMARKS.put("workflow-engine-floor", new EngineFloor());
    }

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && !BENCHMARKS.containsKey(args[0])) {
            System.err.println("unknown benchmark '" + args[0] + "'; known: " + String.join(", ", BENCHMARKS.keySet()));
            System.exit(2);
        }
        for (Map.Entry<String, Benchmark> entry : BENCHMARKS.entrySet()) {
            if (args.length == 0 ? !PARTS.contains(entry.getKey()) : args[0].equals(entry.getKey())) {
                System.out.println("# benchmark " + entry.getKey() + ": " + entry.getValue().description());
                Map<String, String> figures = entry.getValue().run();
                if (!(figures instanceof Figures)) {
                    figures.forEach((name, value) -> System.out.println(name + ": " + value));
                }
            }
        }
    }

    interface Benchmark {
        String description();

        Map<String, String> run() throws Exception;
    }
}
