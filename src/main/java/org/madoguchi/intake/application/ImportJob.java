package org.madoguchi.intake.application;

/** A running or finished import, as the console follows it. */
public final class ImportJob {

    private final String id;
    private volatile int done;
    private volatile int total;
    private volatile ImportReport report;
    private volatile String failure;

    ImportJob(String id) {
        this.id = id;
    }

    void progress(int doneSoFar, int all) {
        done = doneSoFar;
        total = all;
    }

    void finish(ImportReport result) {
        report = result;
    }

    void fail(String reason) {
        failure = reason;
    }

    public String id() {
        return id;
    }

    public int getDone() {
        return done;
    }

    public int getTotal() {
        return total;
    }

    public int getPercent() {
        return isFinished() ? 100 : total == 0 ? 0 : (int) (100L * done / total);
    }

    public boolean isFinished() {
        return report != null || failure != null;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getFailure() {
        return failure;
    }
}
