package io.github.emporion.marketing.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceCategoryListTest {

    @Test
    void of_entries_sameListAsAddingThemOneByOne() {
        SourceCategoryList list =
                SourceCategoryList.of(Map.of(" Bing.com ", SourceCategory.SEARCH, "bsky.app", SourceCategory.SOCIAL));
        assertThat(list)
                .isEqualTo(SourceCategoryList.empty()
                        .with("bsky.app", SourceCategory.SOCIAL)
                        .with("bing.com", SourceCategory.SEARCH));
        assertThat(list.categoryOf("BING.COM")).contains(SourceCategory.SEARCH);
        assertThat(list.asMap().keySet()).containsExactly("bing.com", "bsky.app");
        assertThat(SourceCategoryList.of(Map.of())).isEqualTo(SourceCategoryList.empty());
    }

    @Test
    void of_blankOrTwiceSpelledSource_rejectedNamingTheSource() {
        assertThatThrownBy(() -> SourceCategoryList.of(Map.of("  ", SourceCategory.VIDEO)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source: must not be blank");
        Map<String, SourceCategory> twice = new LinkedHashMap<>();
        twice.put("youtube.com", SourceCategory.VIDEO);
        twice.put("YouTube.com", SourceCategory.SOCIAL);
        assertThatThrownBy(() -> SourceCategoryList.of(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'youtube.com' and 'YouTube.com' are the same source");
    }
}
