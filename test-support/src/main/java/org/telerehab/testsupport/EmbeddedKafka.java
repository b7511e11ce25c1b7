package org.telerehab.testsupport;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;

/** A real Apache Kafka broker in KRaft mode inside the test JVM (one per JVM, started on first use). */
public final class EmbeddedKafka {

    private static KafkaClusterTestKit cluster;

    private EmbeddedKafka() {
    }

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            // a broker fault handler must not halt the test JVM (Kafka's own tests do the same)
            Exit.setExitProcedure((code, message) -> System.err.println("embedded Kafka asked to exit " + code
                    + ": " + message));
            Exit.setHaltProcedure((code, message) -> System.err.println("embedded Kafka asked to halt " + code
                    + ": " + message));
            try {
                KafkaClusterTestKit started = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .setConfigProp("auto.create.topics.enable", "true")
                        .build();
                started.format();
                started.startup();
                started.waitForReadyBrokers();
                cluster = started;
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the embedded Kafka broker", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    cluster.close();
                } catch (Exception ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return cluster.bootstrapServers();
    }
}
