package org.telerehab.bench.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform's backing services and the three services, each its own process: one PostgreSQL server per service,
 * a Kafka broker, intake-, program- and progress-service.
 */
public final class Cluster implements AutoCloseable {

    public static final List<String> SERVICES = List.of("intake", "program", "progress");

    public final Tokens tokens = new Tokens();
    public final Map<String, PgServer> pg = new LinkedHashMap<>();
    public final Map<String, ServiceProcess> services = new LinkedHashMap<>();
    /** process start to /q/health/ready of each service's first start */
    public final Map<String, Duration> firstStart = new LinkedHashMap<>();
    public KafkaProcess kafka;
    private final Path root;
    private final Path work;
    private final List<String> serviceJvm;

    public Cluster(Path root, Path work, List<String> serviceJvm) {
        this.root = root;
        this.work = work;
        this.serviceJvm = serviceJvm;
    }

    public void start() throws Exception {
        // whatever ends the harness JVM (an exception, Ctrl-C, System.exit), its child processes go with it
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "cluster-closer"));
        for (String s : SERVICES) {
            PgServer server = new PgServer(s, work);
            server.start();
            pg.put(s, server);
        }
        kafka = new KafkaProcess(work);
        kafka.start();
        kafka.awaitReady(Duration.ofSeconds(120));
        for (String s : SERVICES) {
            services.put(s, new ServiceProcess(s + "-service", root.resolve(s + "-service/target/quarkus-app"), work,
                    pg.get(s), kafka.bootstrap(), tokens.publicKeyBase64(), serviceJvm));
        }
        // one at a time: on 2 cores, parallel starts would mostly measure each other
        for (String s : SERVICES) {
            firstStart.put(s, services.get(s).start(Duration.ofSeconds(180)));
        }
    }

    public ServiceProcess service(String s) {
        return services.get(s);
    }

    public String url(String s) {
        return services.get(s).baseUrl();
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        List<AutoCloseable> order = new ArrayList<>(services.values());
        if (kafka != null) {
            order.add(kafka);
        }
        order.addAll(pg.values());
        for (AutoCloseable c : order) {
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("  did not stop cleanly: " + e);
            }
        }
    }
}
