package org.madoguchi.search.opensearch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.opensearch.common.settings.Settings;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.node.NodeValidationException;
import org.opensearch.plugins.Plugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single-node OpenSearch cluster on loopback, with the triage analysis plugin, for the ITs of the
 * Elasticsearch/OpenSearch backend. It runs in the test JVM; OpenSearch 2.19 is built on the same Lucene.
 */
public final class OpenSearchNode extends Node implements AutoCloseable {

    private OpenSearchNode(Settings settings) {
        super(InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "madoguchi-test"),
                classpathPlugins(), true);
    }

    /**
     * Transport, delete-by-query, and the triage analysis when its class is on the class path (the ITs); without it
     * the node loads what its {@code plugins/} folder holds, e.g. the zip of {@code bin/opensearch-plugin}.
     */
    private static List<Class<? extends Plugin>> classpathPlugins() {
        List<Class<? extends Plugin>> plugins = new ArrayList<>(List.of(Netty4Plugin.class, ReindexPlugin.class));
        try {
            plugins.add(Class.forName("org.madoguchi.search.opensearch.MadoguchiAnalysisPlugin").asSubclass(Plugin.class));
        } catch (ClassNotFoundException e) {
            // installed from the plugins folder instead
        }
        return plugins;
    }

    /** Starts a node with its home (data, logs) under {@code home}, HTTP on {@code httpPort}. */
    public static OpenSearchNode start(Path home, int httpPort) {
        Settings settings = Settings.builder()
                .put("path.home", home.toString())
                .put("cluster.name", "madoguchi-test")
                .put("node.name", "madoguchi-test")
                .put("network.host", "127.0.0.1")
                .put("http.port", httpPort)
                .put("transport.port", httpPort + 100)
                .put("discovery.type", "single-node")
                .put("http.type", "netty4")
                .put("transport.type", "netty4")
                .put("cluster.routing.allocation.disk.threshold_enabled", false)
                .build();
        OpenSearchNode node = new OpenSearchNode(settings);
        try {
            node.start();
        } catch (NodeValidationException e) {
            throw new IllegalStateException(e);
        }
        return node;
    }

    @Override
    public void close() {
        try {
            super.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a node by hand: {@code home port millis}. */
    public static void main(String[] args) throws Exception {
        try (OpenSearchNode node = start(Path.of(args[0]), Integer.parseInt(args[1]))) {
            System.out.println("started");
            Thread.sleep(Long.parseLong(args.length > 2 ? args[2] : "600000"));
        }
    }
}
