package org.madoguchi.search.orm;

import java.util.Objects;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.madoguchi.search.TriageDocument;
import org.madoguchi.search.TriageFields;
import org.madoguchi.search.WordingKey;
import org.madoguchi.ticket.domain.LearntWordings;
import org.madoguchi.ticket.domain.Ticket;

/**
 * Writes a ticket with the field layout of {@code TriageIndexing} (the eval's plain Lucene documents), so
 * that ranking reads the same fields, analysed by the same analyzers, on the server and in the eval.
 */
public class TicketTriageBinder implements TypeBinder {

    /** Keyword field with the ticket status: triage looks only at answered and closed tickets. */
    public static final String STATUS = "status";
    /** Keyword fields for the console search's filters. */
    public static final String TYPE = "type";
    public static final String SYSTEM = "system";

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("number").use("type").use("system.code").use("subject").use("description").use("answer").use("askedAs")
                .use("status").use("times.receivedAt");
        IndexSchemaElement schema = context.indexSchemaElement();
        var id = schema.field(TriageFields.ID, f -> f.asString().projectable(Projectable.YES)).toReference();
        var kind = schema.field(TriageFields.KIND, f -> f.asString().projectable(Projectable.YES)).toReference();
        var status = schema.field(STATUS, f -> f.asString()).toReference();
        var type = schema.field(TYPE, f -> f.asString()).toReference();
        var system = schema.field(SYSTEM, f -> f.asString()).toReference();
        // the time of receipt, in epoch milliseconds as the eval's documents have it, for the search's period
        var received = schema.field(TriageFields.CREATED, f -> f.asLong()).toReference();
        var exact = schema.field(TriageFields.ASKED_AS_EXACT, f -> f.asString()).multiValued().toReference();
        var title = schema.field(TriageFields.TITLE,
                f -> f.asString().projectable(Projectable.YES).searchable(Searchable.NO)).toReference();
        TriageTextFields text = TriageTextFields.declare(schema, false);
        var facets = new Facets(status, type, system, received);
        context.bridge(Ticket.class, new Bridge(id, kind, facets, title, exact, text));
    }

    /** The fields that filter. */
    private record Facets(IndexFieldReference<String> status, IndexFieldReference<String> type,
                          IndexFieldReference<String> system, IndexFieldReference<Long> received) {
    }

    private record Bridge(IndexFieldReference<String> id, IndexFieldReference<String> kind,
                          Facets facets, IndexFieldReference<String> title,
                          IndexFieldReference<String> exact, TriageTextFields text)
            implements TypeBridge<Ticket> {

        @Override
        public void write(DocumentElement target, Ticket ticket, TypeBridgeWriteContext context) {
            target.addValue(id, ticket.getNumber());
            target.addValue(kind, TriageDocument.TICKET);
            target.addValue(facets.status(), ticket.getStatus().name());
            target.addValue(facets.type(), ticket.getType().name());
            if (ticket.getSystem() != null) {
                target.addValue(facets.system(), ticket.getSystem().getCode());
            }
            target.addValue(facets.received(), ticket.getReceivedAt().toEpochMilli());
            target.addValue(title, ticket.getSubject());
            text.add(target, TriageFields.TITLE, ticket.getSubject());
            text.add(target, TriageFields.TEXT, ticket.getDescription());
            text.add(target, TriageFields.TEXT, ticket.getAnswer());
            String askedAs = ticket.getAskedAs();
            if (askedAs != null) {
                LearntWordings.of(askedAs).stream().map(WordingKey::of)
                        .filter(Objects::nonNull).distinct().forEach(key -> target.addValue(exact, key));
            }
            text.add(target, TriageFields.ASKED_AS,
                    askedAs == null || askedAs.isBlank() ? TriageFields.ASKED_AS_PLACEHOLDER : askedAs);
        }
    }
}
