package io.github.emporion.cli;

import io.github.emporion.jackson.api.JsonReply;
import io.github.emporion.jackson.kpi.JsonKpiApi;
import java.io.InputStream;
import picocli.CommandLine.Command;

/** {@code emporion kpi}: KPIs from counts and A/B tests through the JSON KPI API. */
@Command(
        name = "kpi",
        mixinStandardHelpOptions = true,
        description = {
            "Computes KPIs from counts (CTR, CPC, CPM, CPA, ROAS, conversion rate, AOV, abandonment, retention ...)"
                    + " and A/B tests, JSON in and JSON out, with confidence intervals for proportions.",
            "The request and reply formats are the JSON KPI API's (see the README and the JSON Schemas in the"
                    + " emporion-jackson jar)."
        },
        footer = {
            "",
            "Example:",
            "  echo '{\"requests\":[{\"kpi\":\"ctr\",\"clicks\":57,\"impressions\":1930}]}' | java -jar emporion.jar kpi",
            "",
            "Exit status: 0 success, 1 refused request (problems with JSON Pointers on stdout), 2 bad usage."
        })
final class KpiCommand extends JsonApiCommand {
    private final JsonKpiApi api = new JsonKpiApi();

    @Override
    JsonReply call(InputStream json) {
        return api.reply(json);
    }
}
