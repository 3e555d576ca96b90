package org.madoguchi.kb.application;

import java.util.List;

/** What an import of kb-content files did: per article id, created, updated or already up to date, and why a file failed. */
public record KbImportReport(int files, int created, int updated, int unchanged, int failed, List<Problem> errors) {

    public record Problem(String file, String message) {
    }
}
