package dev.roomtoken.benchmarks;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints JMH results (JSON, from {@code -rf json}) as a Markdown table: throughput and allocation
 * per call of each benchmark, and their ratios to the hand-written baseline of the same provider
 * and thread count (for the signing benchmarks, one HMAC-SHA256 over the same signing input).
 */
public final class RatioReport {

    private RatioReport() {
    }

    /**
     * Prints the table.
     * @param args the JMH result files
     */
    public static void main(String[] args) {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, double[]> results = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String file : args) {
            for (JsonNode result : json.readTree(new File(file))) {
                String name = result.get("benchmark").asString().replace("dev.roomtoken.benchmarks.", "");
                double throughput = result.get("primaryMetric").get("score").asDouble();
                units.put(name, result.get("primaryMetric").get("scoreUnit").asString());
                JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
                results.put(name, new double[] { throughput, alloc.isMissingNode() ? Double.NaN : alloc.asDouble() });
            }
        }
        System.out.println("| benchmark | score | B/op | throughput vs raw | allocation vs raw |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        results.forEach((name, score) -> {
            String baseline = baseline(name);
            double[] raw = (baseline != null) ? results.get(baseline) : null;
            System.out.println(String.format(Locale.ROOT, "| %s | %,.0f %s | %s | %s | %s |", name, score[0],
                    units.get(name), Double.isNaN(score[1]) ? "" : String.format(Locale.ROOT, "%,.0f", score[1]),
                    (raw != null) ? String.format(Locale.ROOT, "%.2f", score[0] / raw[0]) : "",
                    (raw != null) ? String.format(Locale.ROOT, "%.2f", score[1] / raw[1]) : ""));
        });
    }

    private static @Nullable String baseline(String name) {
        if (name.startsWith("StartupBenchmark")) {
            return null;
        }
        int dot = name.lastIndexOf('.');
        String group = name.substring(0, dot + 1);
        if (group.endsWith("SigningBenchmark.")) {
            // a token signed in-process is measured against one HMAC-SHA256 on as many threads
            return group + (name.endsWith("FourThreads") ? "hmacFloorFourThreads" : "hmacFloor");
        }
        return group + (name.substring(dot + 1).startsWith("telnyx") ? "telnyxRaw" : "signalWireRaw");
    }
}
