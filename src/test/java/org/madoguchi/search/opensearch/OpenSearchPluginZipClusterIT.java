package org.madoguchi.search.opensearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.madoguchi.search.AnalysisResources;
import org.madoguchi.search.JapaneseAnalyzers;

/**
 * The plugin zip as an administrator installs it: {@code bin/opensearch-plugin} builds it, it is unpacked into the
 * plugins folder of a node in a JVM of its own whose class path holds OpenSearch but not the application, and that
 * node must analyse exactly as the server's Lucene backend does, with the synonym list an administrator put into the
 * node's {@code config/madoguchi/} folder.
 */
class OpenSearchPluginZipClusterIT {

    private static final int HTTP_PORT = 9280;
    /** OpenSearch and what it needs at run time (its distribution's lib/ folder), found on the test class path. */
    private static final Pattern NODE_CLASS_PATH = Pattern.compile(".*/(org/opensearch|org/apache/lucene|"
            + "org/apache/logging/log4j|io/netty|com/fasterxml/jackson|org/yaml|joda-time|net/sf/jopt-simple|"
            + "com/tdunning|org/hdrhistogram|net/java/dev/jna|com/jcraft|io/projectreactor|org/reactivestreams|"
            + "org/roaringbitmap|com/github/luben|org/apache/httpcomponents|commons-codec|commons-logging)/.*");
    private static final List<String> SAMPLES = List.of("ﾏﾝﾎｰﾙのふたがなくなった", "ポコペンが見つからない", "Ｅ－１０２１が出てﾛｸﾞｲﾝできない",
            "管きょの台帳を修正したい", "Sync fails with error E-6020 after login");

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theZipInstalledInANodeAnalysesExactlyLikeTheServerWithTheDesksOwnSynonyms() throws Exception {
        Path home = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "plugin-zip-");
        unzip(buildZip(home), home.resolve("plugins/madoguchi-analysis"));
        Path deskConfig = Files.createDirectories(home.resolve("config/madoguchi"));
        try (InputStream shipped = JapaneseAnalyzers.class.getClassLoader()
                .getResourceAsStream(AnalysisResources.DEFAULT_SYNONYMS)) {
            Files.writeString(deskConfig.resolve(AnalysisResources.SYNONYMS_FILE),
                    new String(shipped.readAllBytes(), StandardCharsets.UTF_8) + "\nポコペン,人孔\n");
        }
        Process node = startNode(home);
        try {
            assertTrue(get("/_cat/plugins?h=component").lines().anyMatch("madoguchi-analysis"::equals),
                    "the node loaded the plugin from its plugins folder");
            JsonObjectBuilder analyzers = Json.createObjectBuilder();
            JapaneseAnalyzers.NAMES.forEach(name -> analyzers.add(name, Json.createObjectBuilder().add("type", name)));
            send("PUT", "/zip-check", Json.createObjectBuilder().add("settings", Json.createObjectBuilder()
                    .add("analysis", Json.createObjectBuilder().add("analyzer", analyzers))).build());
            assertTrue(clusterTokens(JapaneseAnalyzers.MORPHOLOGICAL_QUERY, "ポコペンのふた").contains("人孔"),
                    "the node reads the desk's synonym list from config/madoguchi/");
            JapaneseAnalyzers server = new JapaneseAnalyzers(AnalysisResources.fromFolder(deskConfig));
            for (String name : JapaneseAnalyzers.NAMES) {
                for (String text : SAMPLES) {
                    assertEquals(tokens(server.byName().get(name), text), clusterTokens(name, text), name + ": " + text);
                }
            }
        } finally {
            node.destroy();
            node.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Runs the packaging script as an administrator would; returns the zip it names on its last line. */
    private static Path buildZip(Path home) throws IOException, InterruptedException {
        Path out = home.resolve("build.out");
        Path err = home.resolve("build.err");
        Process build = new ProcessBuilder("bin/opensearch-plugin").redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertEquals(0, build.waitFor(), () -> "bin/opensearch-plugin failed:\n" + read(err));
        List<String> lines = Files.readAllLines(out).stream().filter(line -> !line.isBlank()).toList();
        Path zip = Path.of(lines.get(lines.size() - 1).strip());
        assertTrue(Files.isRegularFile(zip), "the script names the zip it built: " + zip);
        return zip;
    }

    private static void unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target);
                }
            }
        }
    }

    /** A node in a JVM of its own; returns once it listens (OpenSearchNode prints "started"), or fails with its log. */
    private static Process startNode(Path home) throws IOException, InterruptedException {
        List<String> classPath = new ArrayList<>();
        String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        for (String entry : testClassPath.split(File.pathSeparator)) {
            boolean testClasses = entry.endsWith("test-classes") || entry.endsWith("test-classes/");
            boolean dependency = NODE_CLASS_PATH.matcher(entry.replace('\\', '/')).matches()
                    && !entry.contains("lucene-analysis-kuromoji");   // the zip brings its own copy
            if (testClasses || dependency) {
                classPath.add(entry);
            }
        }
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process node = new ProcessBuilder(javaCommand, "-Xmx512m", "-da:org.opensearch...",
                "-Djava.io.tmpdir=" + home, "-cp", String.join(File.pathSeparator, classPath),
                OpenSearchNode.class.getName(), home.toString(), String.valueOf(HTTP_PORT), "600000")
                .redirectErrorStream(true).start();
        NodeOutput output = new NodeOutput(node.getInputStream());
        Thread drain = new Thread(output, "plugin-zip-node-output");
        drain.setDaemon(true);
        drain.start();
        if (!output.started.await(180, TimeUnit.SECONDS) || !output.isStarted()) {
            node.destroyForcibly();
            throw new AssertionError("the node did not start:\n" + output.tail());
        }
        return node;
    }

    private List<String> clusterTokens(String analyzer, String text) throws IOException, InterruptedException {
        JsonObject response = send("POST", "/zip-check/_analyze",
                Json.createObjectBuilder().add("analyzer", analyzer).add("text", text).build());
        return response.getJsonArray("tokens").stream()
                .map(JsonValue::asJsonObject).map(token -> token.getString("token")).toList();
    }

    private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term.toString());
            }
            stream.end();
        }
        return out;
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return response.body();
    }

    private JsonObject send(String method, String path, JsonObject body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + HTTP_PORT + path);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the node's output to its end, keeping the last lines for a failure message; counts down at "started". */
    private static final class NodeOutput implements Runnable {

        private final InputStream in;
        private final Deque<String> last = new ArrayDeque<>();
        final CountDownLatch started = new CountDownLatch(1);
        private volatile boolean listening;

        NodeOutput(InputStream in) {
            this.in = in;
        }

        @Override
        public void run() {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    synchronized (last) {
                        last.addLast(line);
                        if (last.size() > 60) {
                            last.removeFirst();
                        }
                    }
                    if (line.equals("started")) {
                        listening = true;
                        started.countDown();
                    }
                }
            } catch (IOException e) {
                // the node was stopped
            } finally {
                started.countDown();   // the output ended: the node died before it listened, or was stopped
            }
        }

        boolean isStarted() {
            return listening;
        }

        String tail() {
            synchronized (last) {
                return String.join("\n", Arrays.asList(last.toArray(String[]::new)));
            }
        }
    }
}
