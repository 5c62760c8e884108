package io.github.emporion.cli.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A whole report.
 *
 * @param title the document title
 * @param locale the language the text and numbers are written in; Arabic is laid out right to left
 * @param sections the sections, in order
 */
public record Report(String title, Locale locale, List<ReportSection> sections) {

    /** Copies the list. */
    public Report {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(locale, "locale");
        sections = List.copyOf(sections);
    }

    /**
     * Tells whether the report is written right to left (Arabic, Hebrew, Persian, Urdu).
     *
     * @return true for a right-to-left language
     */
    public boolean rightToLeft() {
        return List.of("ar", "he", "fa", "ur").contains(locale.getLanguage());
    }
}
