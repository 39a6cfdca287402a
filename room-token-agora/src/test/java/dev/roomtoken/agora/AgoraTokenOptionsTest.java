package dev.roomtoken.agora;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agora options: built from a builder, merged over defaults field by field.
 */
class AgoraTokenOptionsTest {

    @Test
    void theBuilderSetsEveryField() {
        AgoraTokenOptions options = AgoraTokenOptions.builder()
            .role(AgoraRole.PUBLISHER)
            .uidType(AgoraUidType.INT_UID)
            .joinChannelTtl(Duration.ofSeconds(1))
            .publishAudioTtl(Duration.ofSeconds(2))
            .publishVideoTtl(Duration.ofSeconds(3))
            .publishDataStreamTtl(Duration.ofSeconds(4))
            .build();

        assertThat(options).isEqualTo(new AgoraTokenOptions(AgoraRole.PUBLISHER, AgoraUidType.INT_UID,
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(4)));
    }

    @Test
    void noneHasEveryFieldUnset() {
        assertThat(AgoraTokenOptions.none())
            .isEqualTo(new AgoraTokenOptions(null, null, null, null, null, null))
            .isEqualTo(AgoraTokenOptions.builder().build());
    }

    @Test
    void fieldsSetWinOverDefaultsAndUnsetOnesTakeThem() {
        AgoraTokenOptions defaults = new AgoraTokenOptions(AgoraRole.PUBLISHER, AgoraUidType.USER_ACCOUNT,
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(40));
        AgoraTokenOptions own = new AgoraTokenOptions(null, AgoraUidType.INT_UID, null, Duration.ofSeconds(2), null,
                Duration.ofSeconds(4));

        assertThat(own.withDefaults(defaults)).isEqualTo(new AgoraTokenOptions(AgoraRole.PUBLISHER,
                AgoraUidType.INT_UID, Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(30),
                Duration.ofSeconds(4)));
        assertThat(own.withDefaults(AgoraTokenOptions.none())).isSameAs(own);
        assertThat(AgoraTokenOptions.none().withDefaults(defaults)).isEqualTo(defaults);
    }
}
