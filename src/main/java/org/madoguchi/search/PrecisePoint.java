package org.madoguchi.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Where a ranking of inquiries by the proposal's confidence is still precise enough: the lowest score from which
 * the inquiries scoring at least as much are right "known" proposals with the given precision, and the share of the
 * known inquiries that are then rightly proposed. The evaluation's {@code known_recall_at_p90} and the fit of the
 * proposal ({@link ProposalFit}) both read it.
 *
 * @param score  the lowest precise score; +∞ when no score is that precise
 * @param recall the share of known inquiries rightly proposed from there; 0 when none
 */
record PrecisePoint(double score, double recall) {

    /**
     * @param scores the inquiries' scores (any monotone confidence)
     * @param known  whether each inquiry is known
     * @param right  whether "known" would be right for each (known, and the first candidate answers it)
     */
    static PrecisePoint lowest(double[] scores, boolean[] known, boolean[] right, double precision) {
        Integer[] order = IntStream.range(0, scores.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        long knownCount = IntStream.range(0, known.length).filter(i -> known[i]).count();
        PrecisePoint best = new PrecisePoint(Double.POSITIVE_INFINITY, 0);
        int rightSoFar = 0;
        for (int k = 0; k < order.length; k++) {
            rightSoFar += right[order[k]] ? 1 : 0;
            // a threshold cannot fall between equal scores: only the last of a tie is a point
            boolean tieFollows = k + 1 < order.length && scores[order[k + 1]] == scores[order[k]];
            if (!tieFollows && rightSoFar >= precision * (k + 1) && knownCount > 0) {
                best = new PrecisePoint(scores[order[k]], (double) rightSoFar / knownCount);
            }
        }
        return best;
    }
}
