package org.madoguchi.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.type.NumericBooleanConverter;

/**
 * How much a ticket matters: impact and urgency as assessed, and the priority they give by the matrix of
 * {@link Priority#of}, unless a manager decided an exception. A value: every change makes a new one, and
 * {@link #changesTo} tells the ticket what to write into its history.
 */
@Embeddable
public class Assessment {

    /** One field that differs between two assessments, with its old and new value. */
    public record Change(String field, String from, String to) {
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Level impact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Level urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Convert(converter = NumericBooleanConverter.class)
    @Column(name = "priority_overridden", nullable = false)
    private boolean priorityOverridden;

    protected Assessment() {
    }

    private Assessment(Level impact, Level urgency, Priority priority, boolean priorityOverridden) {
        this.impact = impact;
        this.urgency = urgency;
        this.priority = priority;
        this.priorityOverridden = priorityOverridden;
    }

    /** A first assessment: the priority is the matrix's. */
    public static Assessment of(Level impact, Level urgency) {
        return new Assessment(impact, urgency, Priority.of(impact, urgency), false);
    }

    /** New impact and urgency; the priority follows the matrix unless a manager has overridden it. */
    public Assessment reassessed(Level newImpact, Level newUrgency) {
        Priority next = priorityOverridden ? priority : Priority.of(newImpact, newUrgency);
        return new Assessment(newImpact, newUrgency, next, priorityOverridden);
    }

    /**
     * An exception to the matrix, decided by a manager and kept through later reassessments; choosing what the
     * matrix gives ends the exception.
     */
    public Assessment withPriority(Priority newPriority) {
        return new Assessment(impact, urgency, newPriority, newPriority != Priority.of(impact, urgency));
    }

    /** What differs in {@code next}, in the order a reader expects: impact, urgency, then the priority they give. */
    public List<Change> changesTo(Assessment next) {
        List<Change> changes = new ArrayList<>();
        if (next.impact != impact) {
            changes.add(new Change("impact", impact.name(), next.impact.name()));
        }
        if (next.urgency != urgency) {
            changes.add(new Change("urgency", urgency.name(), next.urgency.name()));
        }
        if (next.priority != priority) {
            changes.add(new Change("priority", priority.name(), next.priority.name()));
        }
        return changes;
    }

    public Level impact() {
        return impact;
    }

    public Level urgency() {
        return urgency;
    }

    public Priority priority() {
        return priority;
    }

    public boolean priorityOverridden() {
        return priorityOverridden;
    }
}
