package dev.roomtoken.agora;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.RoomTokenRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every rule an Agora request is checked against, each refused before anything is signed with
 * the field and the rule named exactly.
 */
class AgoraValidationTest {

    private static final String CHANNEL_CHARACTERS = "must use only the characters of an Agora channel name (a-z, A-Z,"
            + " 0-9, space and !#$%&()+-:;<=.>?@[]^_{}|~,), found ";

    private static final String ACCOUNT_CHARACTERS = "must use only the characters of an Agora user account (a-z, A-Z,"
            + " 0-9, space and !#$%&()+-:;<=.>?@[]^_{}|~,), found ";

    private final AtomicInteger signings = new AtomicInteger();

    private final AgoraTokenIssuer issuer = AgoraFixtures.issuer(this.signings).build();

    @AfterEach
    void nothingWasSigned() {
        assertThat(this.signings).hasValue(0);
    }

    @Test
    void aRoomWithACharacterAgoraRefusesIsRefused() {
        assertRefused(RoomTokenRequest.forRoom("café"), "room", CHANNEL_CHARACTERS + "U+00E9 at index 3");
        assertRefused(RoomTokenRequest.forRoom("all/rooms"), "room", CHANNEL_CHARACTERS + "U+002F at index 3");
        assertRefused(RoomTokenRequest.forRoom("*"), "room", CHANNEL_CHARACTERS + "U+002A at index 0");
        assertRefused(RoomTokenRequest.forRoom("a\"b"), "room", CHANNEL_CHARACTERS + "U+0022 at index 1");
        assertRefused(RoomTokenRequest.forRoom("😀"), "room", CHANNEL_CHARACTERS + "U+1F600 at index 0");
        assertRefused(RoomTokenRequest.forRoom("tab\there"), "room", CHANNEL_CHARACTERS + "U+0009 at index 3");
    }

    @Test
    void aRoomOfMoreThan64CharactersIsRefused() {
        assertRefused(RoomTokenRequest.forRoom("c".repeat(65)), "room",
                "must be at most 64 characters (an Agora channel name's limit), was 65");
    }

    @Test
    void aUserAccountWithACharacterAgoraRefusesIsRefused() {
        assertRefused(RoomTokenRequest.forRoom("standup").identity("Zoë"), "identity",
                ACCOUNT_CHARACTERS + "U+00EB at index 2");
        assertRefused(RoomTokenRequest.forRoom("standup").identity("u/42"), "identity",
                ACCOUNT_CHARACTERS + "U+002F at index 1");
    }

    @Test
    void aUserAccountOfMoreThan255CharactersIsRefused() {
        assertRefused(RoomTokenRequest.forRoom("standup").identity("u".repeat(256)), "identity",
                "must be at most 255 characters (an Agora user account's limit), was 256");
    }

    @Test
    void anIdentityThatIsNoIntUidIsRefusedWhenAnIntUidIsAskedFor() {
        String rule = "must be an Agora int uid, a decimal number from 1 to 4294967295 without sign or leading zeros,"
                + " since uidType is INT_UID";
        for (String identity : new String[] { "u-42", "0", "042", "4294967296", "-1", "+1", "99999999999" }) {
            assertRefused(RoomTokenRequest.forRoom("standup")
                .identity(identity)
                .options(AgoraTokenOptions.builder().uidType(AgoraUidType.INT_UID).build()), "identity", rule);
        }
    }

    @Test
    void noIdentityIsRefusedWhenAUserAccountIsAskedFor() {
        assertRefused(RoomTokenRequest.forRoom("standup")
            .options(AgoraTokenOptions.builder().uidType(AgoraUidType.USER_ACCOUNT).build()), "identity",
                "must be set when uidType is USER_ACCOUNT: an Agora user account cannot be empty");
    }

    @Test
    void aTtlOutOfAgorasBoundsIsRefused() {
        assertRefused(RoomTokenRequest.forRoom("standup").ttl(Duration.ofMillis(999)), "ttl",
                "must be a whole number of seconds from 1 to 86400 (Agora's 24 hour limit), was PT0.999S");
        assertRefused(RoomTokenRequest.forRoom("standup").ttl(Duration.ofMillis(1500)), "ttl",
                "must be a whole number of seconds from 1 to 86400 (Agora's 24 hour limit), was PT1.5S");
        assertRefused(RoomTokenRequest.forRoom("standup").ttl(Duration.ofSeconds(86401)), "ttl",
                "must be a whole number of seconds from 1 to 86400 (Agora's 24 hour limit), was PT24H1S");
    }

    @Test
    void aPrivilegeTtlOutOfAgorasBoundsIsRefusedWhenTheOptionsAreBuilt() {
        String rule = "must be a whole number of seconds from 1 to 86400 (Agora's 24 hour limit), was PT24H1S";
        Duration tooLong = Duration.ofSeconds(86401);
        assertOptionRefused(() -> AgoraTokenOptions.builder().joinChannelTtl(tooLong).build(), "joinChannelTtl", rule);
        assertOptionRefused(() -> AgoraTokenOptions.builder().publishAudioTtl(tooLong).build(), "publishAudioTtl",
                rule);
        assertOptionRefused(() -> AgoraTokenOptions.builder().publishVideoTtl(tooLong).build(), "publishVideoTtl",
                rule);
        assertOptionRefused(() -> AgoraTokenOptions.builder().publishDataStreamTtl(tooLong).build(),
                "publishDataStreamTtl", rule);
        assertOptionRefused(() -> AgoraTokenOptions.builder().joinChannelTtl(Duration.ZERO).build(), "joinChannelTtl",
                "must be a whole number of seconds from 1 to 86400 (Agora's 24 hour limit), was PT0S");
    }

    @Test
    void aSubscriberWithAPublishTtlIsRefused() {
        String rule = "must not be set when role is SUBSCRIBER: a subscriber's token carries no publish privilege";
        Duration minute = Duration.ofMinutes(1);
        assertOptionRefused(() -> subscriber().publishAudioTtl(minute).build(), "publishAudioTtl", rule);
        assertOptionRefused(() -> subscriber().publishVideoTtl(minute).build(), "publishVideoTtl", rule);
        assertOptionRefused(() -> subscriber().publishDataStreamTtl(minute).build(), "publishDataStreamTtl", rule);
    }

    @Test
    void aSubscriberRequestOverDefaultPublishTtlsIsRefused() {
        AgoraTokenIssuer issuer = AgoraFixtures.issuer(this.signings)
            .defaults(AgoraTokenOptions.builder().publishVideoTtl(Duration.ofMinutes(1)).build())
            .build();

        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> issuer.prepareCreate(
                    RoomTokenRequest.forRoom("standup").options(subscriber().build()).build()))
            .satisfies((ex) -> assertThat(ex.field()).isEqualTo("publishVideoTtl"));
    }

    private static AgoraTokenOptions.Builder subscriber() {
        return AgoraTokenOptions.builder().role(AgoraRole.SUBSCRIBER);
    }

    private void assertRefused(RoomTokenRequest.Builder request, String field, String rule) {
        RoomTokenRequest built = request.build();
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class)
            .isThrownBy(() -> this.issuer.prepareCreate(built))
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).isEqualTo(rule);
                assertThat(ex.getMessage()).isEqualTo(field + " " + rule);
            });
    }

    private static void assertOptionRefused(Supplier<AgoraTokenOptions> options, String field, String rule) {
        assertThatExceptionOfType(InvalidRoomTokenRequestException.class).isThrownBy(options::get)
            .satisfies((ex) -> {
                assertThat(ex.field()).isEqualTo(field);
                assertThat(ex.rule()).isEqualTo(rule);
            });
    }
}
