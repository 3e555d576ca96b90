/**
 * Search: the only package that knows Lucene. It owns the analysis chains (Kuromoji morphological, character
 * bigram, English; NFKC and width normalisation, code joining, synonyms, user dictionary), the field layout of
 * triage documents, the triage query and candidate ranking, the known/new proposal, and the evaluation command
 * ({@link org.madoguchi.search.TriageEval}, {@code bin/triage-eval}). The server and the eval tool share this code:
 * the server registers {@link org.madoguchi.search.JapaneseAnalyzers} by name in Hibernate Search's
 * {@code LuceneAnalysisConfigurer} and runs {@link org.madoguchi.search.TriageQuery} as a native Lucene query.
 */
package org.madoguchi.search;
