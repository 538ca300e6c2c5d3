package fr.justedroit;

/**
 * The count of what a batch made of its entries.
 *
 * @param decided entries decided
 * @param refused entries that break the contract
 * @param failed valid entries the rules could not decide
 */
public record BatchSummary(long decided, long refused, long failed) {

    /** Every entry of the batch. */
    public long entries() {
        return decided + refused + failed;
    }

    /** This summary with one more result counted. */
    BatchSummary plus(BatchResult.Outcome outcome) {
        return switch (outcome) {
            case DECIDED -> new BatchSummary(decided + 1, refused, failed);
            case REFUSED -> new BatchSummary(decided, refused + 1, failed);
            case FAILED -> new BatchSummary(decided, refused, failed + 1);
        };
    }
}
