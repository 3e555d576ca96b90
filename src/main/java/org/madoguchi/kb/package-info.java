/**
 * The knowledge base and the public Q&amp;A site: articles (Q&amp;A and documents) with their versions, review and
 * approval; Markdown rendering and sanitising; the {@code kb-content/} files (import, export); the public pages,
 * votes, deflection and the monthly usage counters; the console editor and the articles API.
 */
package org.madoguchi.kb;
