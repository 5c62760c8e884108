package io.github.emporion.metrics.report;

import io.github.emporion.marketing.touchpoint.Session;
import java.util.Objects;

/**
 * A {@link Session} as a report row. It is dated by its {@link Session#start()} and grouped by its
 * landing channel; sessions carry no campaign, so a campaign breakdown shows them as "(not set)".
 *
 * @param session the session
 */
public record SessionVisit(Session session) implements ReportInput {

    /** Checks that the session is present. */
    public SessionVisit {
        Objects.requireNonNull(session, "session");
    }
}
