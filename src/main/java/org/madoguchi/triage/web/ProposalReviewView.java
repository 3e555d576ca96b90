package org.madoguchi.triage.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.madoguchi.platform.web.FileDownload;
import org.madoguchi.triage.application.DecisionEvalSet;
import org.madoguchi.triage.application.ProposalRefitting;
import org.madoguchi.triage.application.ProposalReviewService;
import org.madoguchi.triage.application.ReviewPeriod;
import org.madoguchi.triage.domain.ProposalReview;

/**
 * Console page for the monthly review: how often the known/new proposal matched what the agents decided, at the
 * threshold in force and at others, the threshold this desk's own decisions suggest, and the latest decisions that
 * went against the proposal, to read why.
 */
@Named
@ViewScoped
public class ProposalReviewView implements Serializable {

    /** The periods offered, in days; 0 is every decision ever recorded. */
    private static final List<Integer> PERIODS = List.of(30, 90, 365, 0);

    @Inject
    ProposalReviewService reviews;
    @Inject
    DecisionEvalSet evalSets;

    private int days = 90;
    private ProposalReview review;
    private List<ProposalReviewService.Overruled> overruled;
    private ProposalRefitting.Refit refit;

    @PostConstruct
    void load() {
        show();
    }

    public void show() {
        ProposalReviewService.Reviewed reviewed = reviews.review(PERIODS.contains(days) ? days : 90);
        review = reviewed.figures();
        overruled = reviewed.overruled();
        refit = reviewed.refit();
    }

    /** The period's decisions as an evaluation set for {@code bin/triage-eval}, sent as a zip to download. */
    public void downloadEvalSet() throws IOException {
        DecisionEvalSet.Written written = evalSets.write(new ReviewPeriod(PERIODS.contains(days) ? days : 90));
        try {
            FileDownload.send(DecisionEvalSet.FILE_NAME, "application/zip", out -> Files.copy(written.zip(), out));
        } finally {
            Files.deleteIfExists(written.zip());
        }
    }

    /** The proposal refitted on the period's decisions, or null when they are too few. */
    public ProposalRefitting.Refit getRefit() {
        return refit;
    }

    public int getMinRefitDecisions() {
        return ProposalRefitting.MIN_DECISIONS;
    }

    public ProposalReview getReview() {
        return review;
    }

    /** The latest decisions that went against the proposal, newest first. */
    public List<ProposalReviewService.Overruled> getOverruled() {
        return overruled;
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    /** A share as a percentage with one decimal, or a dash when nothing counts. */
    public String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /** {@code part} of {@code whole} as a percentage, or a dash when the whole is nothing. */
    public String percent(int part, int whole) {
        return whole == 0 ? "—" : percent(part / (double) whole);
    }

    public String getTargetPrecision() {
        return percent(ProposalReview.TARGET_PRECISION);
    }

    public int getMinDecisions() {
        return ProposalReview.MIN_DECISIONS;
    }

    public String threshold(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
