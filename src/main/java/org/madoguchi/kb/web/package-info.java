/**
 * The knowledge base's pages: the public Q&amp;A site (home, list and search, entry with votes, the inquiry
 * form's suggestions and deflection count) and the console's article list, editor, review and history pages.
 */
package org.madoguchi.kb.web;
