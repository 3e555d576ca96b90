package org.madoguchi.platform.demo;

/**
 * One realistic desk case that the demo data generator turns into tickets; {@code article} names the knowledge-base
 * article that answers it, where one does (the demo's agents link it as the known issue).
 */
public record DemoScenario(Kind kind, String systemCode, String subject, String description, String answer,
                           String interimReport, String article) {
    public enum Kind { INQUIRY, INCIDENT, SERVICE_REQUEST }
}
