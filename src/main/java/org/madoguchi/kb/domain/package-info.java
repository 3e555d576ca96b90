/**
 * Articles and their rules: lifecycle (draft, review, approval, publication, archive), immutable revisions,
 * content validation, the Markdown renderer with its sanitiser, readable diffs and the kb-content file format.
 */
package org.madoguchi.kb.domain;
