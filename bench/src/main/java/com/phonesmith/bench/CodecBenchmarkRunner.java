package com.phonesmith.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs {@link CodecBenchmark} with JMH and reports operations per second per method. */
final class CodecBenchmarkRunner implements BenchMain.Benchmark {
    @Override
    public String description() {
        return "JMH: envelope encode/decode of OrderPlaced vs plain Jackson (ops/s)";
    }

    @Override
    public Map<String, String> run() throws Exception {
        Options options = new OptionsBuilder()
                .include(CodecBenchmark.class.getName())
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(1))
                .measurementIterations(5).measurementTime(TimeValue.seconds(1))
                .timeUnit(TimeUnit.SECONDS)
                .jvmArgsAppend("-Xmx256m")
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, String> figures = new LinkedHashMap<>();
        for (RunResult result : results) {
            String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
            String name = method.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + "-ops-s";
            figures.put(name, String.format("%.0f", result.getPrimaryResult().getScore()));
        }
        return figures;
    }
}
