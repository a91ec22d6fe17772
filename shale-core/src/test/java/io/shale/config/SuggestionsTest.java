package io.shale.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("url", "user", "password", "schema");

    @Test
    void distance_countsSwapsAsOneEdit() {
        assertThat(Suggestions.distance("pasword", "password")).isEqualTo(1);
        assertThat(Suggestions.distance("pasword", "passwrod")).isEqualTo(2);
        assertThat(Suggestions.distance("shcema", "schema")).isEqualTo(1);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }

    @Test
    void closest_ignoresCase() {
        assertThat(Suggestions.closest("PASSWORD", KEYS)).contains("password");
    }

    @Test
    void closest_acceptsUpToThreeEdits() {
        assertThat(Suggestions.closest("passwd", KEYS)).contains("password");
        assertThat(Suggestions.closest("pw", KEYS)).isEmpty();
        assertThat(Suggestions.closest("hostname", KEYS)).isEmpty();
    }

    @Test
    void closest_prefersTheNearest_thenTheFirst() {
        assertThat(Suggestions.closest("usr", KEYS)).contains("user");
        assertThat(Suggestions.closest("urk", KEYS)).contains("url");
        assertThat(Suggestions.closest("abc", List.of("abd", "abe"))).contains("abd");
    }
}
