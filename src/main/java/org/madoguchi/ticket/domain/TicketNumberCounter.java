package org.madoguchi.ticket.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last number given out in a year; read under a row lock so that numbers are gap-free and unique. */
@Entity
@Table(name = "ticket_number_counter")
public class TicketNumberCounter {

    @Id
    @Column(name = "counter_year")
    private Integer year;

    @Column(name = "last_value", nullable = false)
    private int lastValue;

    protected TicketNumberCounter() {
    }

    public TicketNumberCounter(int year) {
        this.year = year;
    }

    public TicketNumber next() {
        lastValue++;
        return new TicketNumber(year, lastValue);
    }
}
