/**
 * The knowledge base's use cases: editing and the review workflow ({@link org.madoguchi.kb.application.ArticleService}),
 * the public Q&amp;A site's reads, votes and deflections ({@link org.madoguchi.kb.application.PublicQa}), the
 * in-memory catalogue of live public articles, the usage counters, and the kb-content import and export.
 */
package org.madoguchi.kb.application;
