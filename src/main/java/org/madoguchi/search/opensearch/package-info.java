/**
 * The triage analysis as an OpenSearch plugin, for deployments whose Hibernate Search backend is an
 * Elasticsearch/OpenSearch cluster: installed into the cluster (built by {@code bin/opensearch-plugin}), never loaded
 * by the application server (the class is left out of the WAR).
 */
package org.madoguchi.search.opensearch;
