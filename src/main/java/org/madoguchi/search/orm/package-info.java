/**
 * Hibernate Search glue: where the Lucene indexes live, the ticket mapping in the triage field layout, the
 * analyzers' registration, the server-side triage searcher, and index maintenance (rebuild, crash recovery).
 */
package org.madoguchi.search.orm;
