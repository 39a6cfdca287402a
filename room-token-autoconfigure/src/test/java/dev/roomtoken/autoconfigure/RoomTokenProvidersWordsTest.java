package dev.roomtoken.autoconfigure;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How failure messages list providers: one alone, two joined by the last word, more with commas.
 */
class RoomTokenProvidersWordsTest {

    @Test
    void listsAreJoinedAsASentenceJoinsThem() {
        assertThat(RoomTokenProviders.either(List.of())).isEmpty();
        assertThat(RoomTokenProviders.either(List.of("zoom"))).isEqualTo("zoom");
        assertThat(RoomTokenProviders.either(List.of("daily", "zoom"))).isEqualTo("daily or zoom");
        assertThat(RoomTokenProviders.both(List.of("Daily", "Zoom", "LiveKit"))).isEqualTo("Daily, Zoom and LiveKit");
    }
}
