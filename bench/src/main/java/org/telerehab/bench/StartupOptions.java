package org.telerehab.bench;

import org.telerehab.platformkit.QuarkusApp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the start and memory goals would take, measured on the cluster's running services (issue 20), each service
 * restarted in turn on its existing schema with production's JVM options plus one change:
 * <ul>
 *   <li>Native Memory Tracking ({@code -XX:NativeMemoryTracking=summary}, read with {@code jcmd} after the first
 *   request): where the RSS goes;</li>
 *   <li>a dynamic class-data-sharing archive (AppCDS) written by a training run of the same JVM build
 *   ({@code -XX:ArchiveClassesAtExit}: a start, the first request, a graceful stop), then a start that maps it
 *   ({@code -XX:SharedArchiveFile}): the classes are loaded from the archive instead of parsed from the jars;</li>
 *   <li>the same archive with glibc's malloc arenas capped ({@code MALLOC_ARENA_MAX=2}: by default glibc gives each
 *   thread that allocates at once an arena of its own, up to 8 per core).</li>
 * </ul>
 * Run last: it leaves the services with the last variant's settings.
 */
final class StartupOptions {

    private static final Pattern NMT_LINE =
            Pattern.compile("^-\\s+(.+?) \\(reserved=(\\d+)KB, committed=(\\d+)KB\\)");
    private static final Pattern NMT_TOTAL = Pattern.compile("^Total: reserved=(\\d+)KB, committed=(\\d+)KB");

    /** One start's figures: process to ready, Quarkus's "started in", RSS after the first request. */
    record Start(Duration ready, double startedIn, long rssKb) {
    }

    /** Per service: NMT's committed kB by category (with "Total"), and the starts with the archive. */
    record Result(Map<String, Map<String, Long>> nmt, Map<String, Long> nmtRssKb, Map<String, Long> archiveBytes,
                  Map<String, Start> withArchive, Map<String, Start> withArchiveAndArenas) {

        String markdown() {
            StringBuilder md = new StringBuilder("## What the start and memory goals would take\n\n");
            md.append("Each service restarted on its existing schema with production's options plus one change "
                    + "(process start to ready; RSS 1 s after the first request).\n\n"
                    + "| service | archive (MB) | with AppCDS: to ready (ms) | \"started in\" (s) | RSS (MB) "
                    + "| AppCDS + `MALLOC_ARENA_MAX=2`: to ready (ms) | RSS (MB) |\n"
                    + "|---|---:|---:|---:|---:|---:|---:|\n");
            for (String s : withArchive.keySet()) {
                Start a = withArchive.get(s);
                Start b = withArchiveAndArenas.get(s);
                md.append(String.format(Locale.ROOT, "| %s-service | %.1f | %d | %.3f | %.0f | %d | %.0f |%n", s,
                        archiveBytes.get(s) / 1e6, a.ready().toMillis(), a.startedIn(), a.rssKb() / 1024.0,
                        b.ready().toMillis(), b.rssKb() / 1024.0));
            }
            md.append("\nWhere the memory goes (Native Memory Tracking, committed MB after the first request; "
                    + "the RSS of the same process beside it; categories under 2 MB in every service left out):\n\n");
            List<String> categories = new ArrayList<>();
            for (Map<String, Long> byCategory : nmt.values()) {
                byCategory.forEach((c, kb) -> {
                    if (kb >= 2048 && !categories.contains(c)) {
                        categories.add(c);
                    }
                });
            }
            md.append("| service | RSS |");
            categories.forEach(c -> md.append(' ').append(c).append(" |"));
            md.append("\n|---|---:|").append("---:|".repeat(categories.size())).append('\n');
            for (var e : nmt.entrySet()) {
                md.append(String.format(Locale.ROOT, "| %s-service | %.0f |", e.getKey(),
                        nmtRssKb.get(e.getKey()) / 1024.0));
                for (String c : categories) {
                    md.append(String.format(Locale.ROOT, " %.1f |", e.getValue().getOrDefault(c, 0L) / 1024.0));
                }
                md.append('\n');
            }
            return md.append('\n').toString();
        }
    }

    private StartupOptions() {
    }

    static Result measure(Cluster cluster, Http http, List<String> baseJvm, Path work) throws Exception {
        Map<String, Map<String, Long>> nmt = new LinkedHashMap<>();
        Map<String, Long> nmtRss = new LinkedHashMap<>();
        Map<String, Long> archiveBytes = new LinkedHashMap<>();
        Map<String, Start> withArchive = new LinkedHashMap<>();
        Map<String, Start> withArenas = new LinkedHashMap<>();
        for (String s : Cluster.SERVICES) {
            QuarkusApp svc = cluster.service(s);
            System.out.println("start-up options, " + s + "-service: Native Memory Tracking ...");
            restart(svc, baseJvm, "-XX:NativeMemoryTracking=summary");
            firstRequest(cluster, http, s);
            nmtRss.put(s, Util.rssKb(svc.pid()));
            nmt.put(s, nativeMemory(svc.pid()));

            Path archive = work.resolve(s + "-app-cds.jsa");
            System.out.println("  AppCDS: a training run writes " + archive.getFileName() + " ...");
            restart(svc, baseJvm, "-XX:ArchiveClassesAtExit=" + archive);
            firstRequest(cluster, http, s);
            svc.stop(Duration.ofSeconds(60)); // the archive is written as the JVM exits
            if (!Files.isRegularFile(archive)) {
                throw new IllegalStateException("no archive written for " + s + "-service: see its log");
            }
            archiveBytes.put(s, Files.size(archive));
            System.out.println("  AppCDS: a start with the archive ...");
            withArchive.put(s, start(cluster, http, s, baseJvm, "-XX:SharedArchiveFile=" + archive));
            System.out.println("  AppCDS and MALLOC_ARENA_MAX=2 ...");
            svc.stop(Duration.ofSeconds(40));
            svc.env("MALLOC_ARENA_MAX", "2");
            withArenas.put(s, start(cluster, http, s, baseJvm, "-XX:SharedArchiveFile=" + archive));
            System.out.printf(Locale.ROOT, "  ready %d ms with the archive (RSS %d MB), %d ms with capped arenas "
                            + "(RSS %d MB)%n", withArchive.get(s).ready().toMillis(), withArchive.get(s).rssKb() / 1024,
                    withArenas.get(s).ready().toMillis(), withArenas.get(s).rssKb() / 1024);
        }
        return new Result(nmt, nmtRss, archiveBytes, withArchive, withArenas);
    }

    private static void restart(QuarkusApp svc, List<String> baseJvm, String option) {
        svc.stop(Duration.ofSeconds(40));
        svc.replaceJvm(with(baseJvm, option));
        svc.startAndAwait(Duration.ofSeconds(180));
    }

    private static Start start(Cluster cluster, Http http, String s, List<String> baseJvm, String option) {
        QuarkusApp svc = cluster.service(s);
        svc.replaceJvm(with(baseJvm, option));
        Duration ready = svc.startAndAwait(Duration.ofSeconds(180));
        firstRequest(cluster, http, s);
        return new Start(ready, svc.quarkusStartedIn(), Util.rssKb(svc.pid()));
    }

    private static List<String> with(List<String> base, String option) {
        List<String> jvm = new ArrayList<>(base);
        jvm.add(option);
        return jvm;
    }

    /** The service's first request as in the start-up measurement, then a second for the RSS to settle. */
    static int firstRequest(Cluster cluster, Http http, String s) {
        UUID someone = UUID.randomUUID();
        String path = switch (s) {
            case "intake" -> "/api/patients/" + someone + "/screenings";
            case "program" -> "/api/exercises";
            default -> "/api/patients/" + someone + "/progress";
        };
        String token = s.equals("program") ? cluster.tokens.sign(UUID.randomUUID(), "therapist")
                : cluster.tokens.patient(someone);
        int status = http.get(cluster.url(s) + path, token).status();
        Util.sleep(1000);
        return status;
    }

    /** {@code jcmd <pid> VM.native_memory summary}: committed kB by category, and "Total". */
    private static Map<String, Long> nativeMemory(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "VM.native_memory", "summary")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd failed: " + out);
        }
        Map<String, Long> committed = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            String l = line.trim();
            Matcher total = NMT_TOTAL.matcher(l);
            if (total.find()) {
                committed.put("Total", Long.parseLong(total.group(2)));
            }
            Matcher m = NMT_LINE.matcher(l);
            if (m.find()) {
                committed.put(m.group(1).trim(), Long.parseLong(m.group(3)));
            }
        }
        return committed;
    }
}
