package org.madoguchi.platform.persistence;

/** Fired once at start-up after the schema is migrated: bootstrap work (first admin, demo data) observes it. */
public record ApplicationReady() {
}
