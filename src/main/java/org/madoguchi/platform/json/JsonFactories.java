package org.madoguchi.platform.json;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import java.util.Map;

/**
 * JSON builders and readers, looked up once. Each static {@code Json.createXxx} call looks the JSON provider up again
 * through the class loader, and in the application server that lookup took most of a triage's time on a search
 * cluster (a triage query holds hundreds of clauses); an import reads a JSON value per line.
 */
public final class JsonFactories {

    public static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    public static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonFactories() {
    }
}
