package io.github.emporion.marketing.campaign;

/** The life-cycle state of a campaign. */
public enum CampaignStatus {
    /** Being prepared. */
    DRAFT,
    /** Approved, waiting for its flight to start. */
    SCHEDULED,
    /** Running. */
    ACTIVE,
    /** Temporarily stopped. */
    PAUSED,
    /** Ran to the end of its flight. */
    COMPLETED,
    /** Stopped for good before the end of its flight. */
    CANCELLED
}
