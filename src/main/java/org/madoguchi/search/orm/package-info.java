/**
 * Hibernate Search glue: where the Lucene indexes live, the ticket and article mapping in the triage field layout,
 * the analyzers' registration (Lucene, or a cluster's analysis plugin), the server-side searches over either backend
 * (a local Lucene reader, or an Elasticsearch/OpenSearch cluster spoken to in its query DSL), and index maintenance
 * (rebuild, crash recovery, and merges that keep similar tickets together).
 */
package org.madoguchi.search.orm;
