package org.madoguchi.platform.demo;

/** One realistic desk case that the demo data generator turns into tickets. */
public record DemoScenario(Kind kind, String systemCode, String subject, String description, String answer, String interimReport) {
    public enum Kind { INQUIRY, INCIDENT, SERVICE_REQUEST }
}
