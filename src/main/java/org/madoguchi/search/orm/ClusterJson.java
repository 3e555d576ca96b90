package org.madoguchi.search.orm;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import java.util.Map;

/**
 * The JSON factories of the cluster calls, looked up once. Each static {@code Json.createXxx} call looks the JSON
 * provider up again through the class loader, and in the application server that lookup took most of a triage's
 * time on a cluster: a triage query holds hundreds of clauses.
 */
final class ClusterJson {

    static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private ClusterJson() {
    }
}
