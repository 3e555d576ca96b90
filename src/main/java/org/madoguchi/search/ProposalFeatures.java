package org.madoguchi.search;

/**
 * What separates a known inquiry from a new one, measured on one ranking. All values lie in [0, 1].
 *
 * @param coverage top score relative to the inquiry's maximum possible score (how much of the inquiry the best
 *                 candidate explains; a new issue leaves much of it unexplained)
 * @param margin   (top − second) / top: a known issue usually has one clear answer
 * @param morphologicalCoverage the top candidate's Kuromoji-only score relative to that variant's maximum
 * @param bigramCoverage the top candidate's bigram-only score relative to that variant's maximum
 * @param agreement share of the single-variant rankings whose first candidate is the overall first
 * @param morphologicalTermShare idf-weighted share of the inquiry's Kuromoji terms the top candidate contains
 * @param bigramTermShare idf-weighted share of the inquiry's bigrams the top candidate contains
 * @param codeMissing 1 when the inquiry quotes an error code the top candidate does not mention, else 0
 * @param titleShare idf-weighted share of the top candidate's title words (Kuromoji) that the inquiry uses: the
 *                   other direction of the term shares, since a known issue asks what the title asks
 */
public record ProposalFeatures(double coverage, double margin, double morphologicalCoverage,
                               double bigramCoverage, double agreement,
                               double morphologicalTermShare, double bigramTermShare, double codeMissing,
                               double titleShare) {

    public static final ProposalFeatures NONE = new ProposalFeatures(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double[] values() {
        return new double[] {coverage, margin, morphologicalCoverage, bigramCoverage, agreement,
            morphologicalTermShare, bigramTermShare, codeMissing, titleShare};
    }

    public static String[] names() {
        return new String[] {"coverage", "margin", "morphologicalCoverage", "bigramCoverage", "agreement",
            "morphologicalTermShare", "bigramTermShare", "codeMissing", "titleShare"};
    }
}
