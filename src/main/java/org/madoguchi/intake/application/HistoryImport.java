package org.madoguchi.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.madoguchi.account.application.CurrentUser;
import org.madoguchi.account.domain.Permission;
import org.madoguchi.platform.error.InvalidInputException;
import org.madoguchi.platform.web.Messages;
import org.madoguchi.ticket.application.CurrentAgent;
import org.madoguchi.ticket.domain.Actor;

/**
 * Imports the history of a previous system (CSV or JSON Lines). Idempotent by external id: importing the
 * same file again creates nothing. A bad record is reported with its line and the reason, and the rest
 * is imported; progress is reported as records are done.
 */
@ApplicationScoped
public class HistoryImport {

    @Inject
    HistoryImportWriter writer;
    @Inject
    CurrentUser currentUser;
    @Inject
    CurrentAgent currentAgent;

    /** {@code progress} receives (records done, records in all) after every record. */
    public ImportReport run(ImportFormat format, ImportEncoding encoding, InputStream in, Locale locale,
                            BiConsumer<Integer, Integer> progress) {
        return runAs(importer(), format, encoding, in, locale, progress);
    }

    /** The signed-in importer; refuses callers who may not import. */
    public Actor importer() {
        currentUser.require(Permission.CONFIGURE);
        return currentAgent.actor();
    }

    /** For a background job: the importer's permission was checked when the job was started. */
    ImportReport runAs(Actor importer, ImportFormat format, ImportEncoding encoding, InputStream in, Locale locale,
                       BiConsumer<Integer, Integer> progress) {
        List<ImportRecord> records = HistoryFileReader.read(format, encoding, in);
        List<ImportReport.LineError> errors = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int created = 0;
        int existing = 0;
        int failed = 0;
        for (int i = 0; i < records.size(); i++) {
            ImportRecord record = records.get(i);
            String externalId = record.get("external_id");
            String problem = record.unreadable() == null ? null : record.unreadable().in(locale);
            if (problem == null && externalId != null && seen.containsKey(externalId.strip())) {
                problem = Messages.get(locale, "import.error.repeats", externalId.strip(),
                        String.valueOf(seen.get(externalId.strip())));
            }
            if (problem == null) {
                try {
                    if (writer.write(record, importer) == HistoryImportWriter.Outcome.CREATED) {
                        created++;
                    } else {
                        existing++;
                    }
                    if (externalId != null) {
                        seen.put(externalId.strip(), record.line());
                    }
                } catch (InvalidInputException e) {
                    problem = e.violations().stream()
                            .map(v -> v.field() + ": " + Messages.get(locale, v.messageKey(), v.args().toArray()))
                            .collect(Collectors.joining(" / "));
                } catch (RuntimeException e) {
                    problem = Messages.get(locale, "import.error.notStored", e.getClass().getSimpleName());
                }
            }
            if (problem != null) {
                failed++;
                if (errors.size() < ImportReport.MAX_LISTED_ERRORS) {
                    errors.add(new ImportReport.LineError(record.line(), externalId, problem));
                }
            }
            progress.accept(i + 1, records.size());
        }
        return new ImportReport(records.size(), created, existing, failed, errors);
    }
}
