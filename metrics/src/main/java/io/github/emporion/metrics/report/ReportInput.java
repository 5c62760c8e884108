package io.github.emporion.metrics.report;

import io.github.emporion.marketing.touchpoint.Session;

/**
 * One row a {@link KpiReportAccumulator} takes: a campaign day, a session, an order or a cart. The
 * four kinds share this type so that one accumulator (and one Spark aggregator) can take a mixed
 * stream; {@link KpiReport#run} takes them as four collections.
 */
public sealed interface ReportInput permits CampaignDay, SessionVisit, AttributedOrder, TrackedCart {

    /**
     * Wraps a session.
     *
     * @param session the session
     * @return the row
     */
    static SessionVisit of(Session session) {
        return new SessionVisit(session);
    }
}
