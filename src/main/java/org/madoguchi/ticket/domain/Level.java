package org.madoguchi.ticket.domain;

/** A three-step scale used for both impact (how many are affected) and urgency (how soon it hurts). */
public enum Level {
    HIGH, MEDIUM, LOW
}
