package org.madoguchi.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.madoguchi.search.opensearch.OpenSearchNode;

/**
 * Starts a real OpenSearch node before any test of a run that asks for one ({@code madoguchi.it.search-cluster.port},
 * set by the Failsafe execution of the search-cluster ITs), so that the server deployed by Arquillian finds its
 * Hibernate Search backend at start; stops it when the run ends. Other runs start nothing.
 */
public class SearchClusterSession implements LauncherSessionListener {

    public static final String PORT = "madoguchi.it.search-cluster.port";

    private OpenSearchNode node;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty(PORT);
        if (port == null || node != null) {
            return;
        }
        try {
            Path home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "search-cluster-");
            node = OpenSearchNode.start(home, Integer.parseInt(port));
            awaitGreen(Integer.parseInt(port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitGreen(int port) {
        var client = HttpClient.newHttpClient();
        var request = HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/_cluster/health?wait_for_status=green&timeout=60s")).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"green\"")) {
                    return;
                }
            } catch (IOException e) {
                // the HTTP layer is still binding: the health call itself waits, so asking again is no busy loop
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the search cluster did not become healthy on port " + port);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (node != null) {
            node.close();
            node = null;
        }
    }
}
