package io.github.emporion.cli;

import io.github.emporion.marketing.channel.ChannelGroup;
import io.github.emporion.marketing.traffic.ChannelClassifier;
import io.github.emporion.marketing.traffic.LandingPageParser;
import io.github.emporion.marketing.traffic.TrafficSource;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code emporion classify}: the GA4 default channel group of a landing page (UTM parameters,
 * click ids, referrer) or of a source / medium / campaign triple.
 */
@Command(
        name = "classify",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the GA4 default channel group of a visit, and the source / medium / campaign it was derived"
                    + " from: either from a landing-page URL (UTM parameters, click ids) and its referrer, or from"
                    + " source and medium given directly."
        },
        footer = {
            "",
            "Examples:",
            "  java -jar emporion.jar classify --url 'https://shop.example/?utm_source=newsletter&utm_medium=email'",
            "  java -jar emporion.jar classify --url https://shop.example/ --referrer https://www.google.com/",
            "  java -jar emporion.jar classify --source facebook --medium paid_social --campaign spring"
        })
final class ClassifyCommand implements Callable<Integer> {

    /** The two ways to describe a visit. */
    static final class Input {
        @ArgGroup(exclusive = false)
        @Nullable
        Url url;

        @ArgGroup(exclusive = false)
        @Nullable
        Tags tags;
    }

    /** A landing page and its referrer. */
    static final class Url {
        @Option(names = "--url", required = true, paramLabel = "URL", description = "The landing-page URL.")
        @SuppressWarnings("NullAway.Init")
        String url;

        @Option(names = "--referrer", paramLabel = "URL", description = "The referrer URL, if any.")
        @Nullable
        String referrer;
    }

    /** Source, medium and campaign given directly. */
    static final class Tags {
        @Option(names = "--source", required = true, paramLabel = "S", description = "The source, e.g. google.")
        @SuppressWarnings("NullAway.Init")
        String source;

        @Option(names = "--medium", required = true, paramLabel = "M", description = "The medium, e.g. cpc.")
        @SuppressWarnings("NullAway.Init")
        String medium;

        @Option(names = "--campaign", paramLabel = "C", description = "The campaign name (default: (not set)).")
        String campaign = "(not set)";
    }

    @Spec
    @SuppressWarnings("NullAway.Init")
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    @SuppressWarnings("NullAway.Init")
    private Input input;

    @Override
    public Integer call() {
        TrafficSource source;
        if (input.url != null) {
            source = LandingPageParser.ga4().parse(input.url.url, input.url.referrer);
        } else {
            Tags tags = java.util.Objects.requireNonNull(input.tags, "tags");
            source = TrafficSource.of(tags.source, tags.medium, tags.campaign);
        }
        ChannelGroup group = ChannelClassifier.ga4().classify(source);
        PrintWriter out = spec.commandLine().getOut();
        out.println("channel_group: " + group.displayName());
        out.println("source: " + source.source());
        out.println("medium: " + source.medium());
        out.println("campaign: " + source.campaign());
        out.flush();
        return 0;
    }
}
