package dev.roomtoken.signalwire.emulator;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.Issuance;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.signalwire.SignalWireTokenIssuer;
import dev.roomtoken.signalwire.SignalWireTokenOptions;
import dev.roomtoken.test.RoomTokenEmulator;
import dev.roomtoken.test.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Properties over generated room names, user names, metadata sizes and instants: every request
 * SignalWire's client accepts, the emulator's SignalWire endpoint (which checks the API document's
 * rules independently) accepts too; every request the client rejects is rejected before sending,
 * naming the field. (Telnyx's rooms and ttls: ClientAgreesWithTelnyxEmulatorTest in room-token-telnyx.)
 */
class ClientAgreesWithSignalWireEmulatorTest {

    private static final int SAMPLES = 300;

    private static final RoomTokenEmulator emulator = RoomTokenEmulator.start();

    private static final SignalWireTokenIssuer signalWire = SignalWireTokenIssuer.builder()
        .baseUrl(URI.create(emulator.setting("roomtoken.signalwire.base-url")))
        .projectId(emulator.setting("roomtoken.signalwire.project-id"))
        .apiToken(emulator.setting("roomtoken.signalwire.api-token"))
        .build();

    private final Outcomes outcomes = new Outcomes();

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void roomAndUserNames() {
        Samples samples = new Samples(20261123L);
        for (int i = 0; i < SAMPLES; i++) {
            String room = samples.mostly(Samples.ROOM_CHARACTERS, samples.lengthNear(1, 100));
            String user = samples.chance(3) ? null : samples.string(Samples.ANY_CHARACTERS, samples.lengthNear(1, 100));
            check(signalWire, () -> RoomTokenRequest.forRoom(room).displayName(user).build(), Set.of("room", "displayName"),
                    "room=" + room + " displayName=" + user);
        }
        this.outcomes.assertBothSidesReached();
    }

    @Test
    void metadataSizes() {
        Samples samples = new Samples(7L);
        for (int i = 0; i < SAMPLES; i++) {
            String key = samples.string("abc", (int) samples.between(1, 5));
            String value = samples.string(Samples.ANY_CHARACTERS, samples.lengthNear(1980, 1992, 2000));
            boolean room = samples.chance(2);
            check(signalWire, () -> RoomTokenRequest.forRoom("r")
                .options(room ? SignalWireTokenOptions.builder().roomMeta(Map.of(key, value)).build()
                        : SignalWireTokenOptions.builder().meta(Map.of(key, value)).build())
                .build(), Set.of("roomMeta", "meta"), "key=" + key + " value code points=" + value.codePointCount(0, value.length()));
        }
        this.outcomes.assertBothSidesReached();
    }

    @Test
    void instants() {
        Samples samples = new Samples(42L);
        Instant base = Instant.parse("2030-06-15T12:00:00Z");
        String[] offsets = { "Z", "+02:00", "-05:30", "+14:00" };
        for (int i = 0; i < SAMPLES; i++) {
            Instant from = base.plusSeconds(samples.between(-5 * 86400, 5 * 86400));
            Instant until = base.plusSeconds(samples.between(-5 * 86400, 5 * 86400));
            String fromText = samples.chance(3) ? from.atOffset(ZoneOffset.UTC).toLocalDate().toString()
                    : from.atOffset(ZoneOffset.of(samples.oneOf(offsets).replace("Z", "+00:00"))).toString();
            Duration ttl = samples.chance(2) ? Duration.ofSeconds(samples.between(1, 86400)) : null;
            boolean explicitUntil = ttl == null || samples.chance(2);
            check(signalWire, () -> RoomTokenRequest.forRoom("r").ttl(ttl).options(explicitUntil
                    ? SignalWireTokenOptions.builder().joinFrom(fromText).joinUntil(until).removeAt(until).build()
                    : SignalWireTokenOptions.builder().joinFrom(fromText).build()).build(),
                    Set.of("joinFrom"), "joinFrom=" + fromText + " joinUntil=" + (explicitUntil ? until : "now+" + ttl));
        }
        this.outcomes.assertBothSidesReached();
    }

    private void check(RoomTokenIssuer client, Supplier<RoomTokenRequest> request, Set<String> fields, String sample) {
        int sentBefore = emulator.journal().size();
        Issuance.Exchange call;
        try {
            call = (Issuance.Exchange) client.prepareCreate(request.get());
        }
        catch (InvalidRoomTokenRequestException ex) {
            assertThat(fields).as("field named for " + sample).contains(ex.field());
            assertThat(emulator.journal()).as("nothing sent for " + sample).hasSize(sentBefore);
            this.outcomes.rejected++;
            return;
        }
        try {
            assertThat(call.send().token().token()).isNotBlank();
        }
        catch (RoomTokenProviderException ex) {
            fail("The client accepted " + sample + " but the emulator refused it: " + ex.getMessage());
        }
        this.outcomes.accepted++;
    }

    /** How many samples fell on each side, so a property cannot pass by testing only one. */
    private static final class Outcomes {

        int accepted;

        int rejected;

        void assertBothSidesReached() {
            assertThat(this.accepted).as("accepted samples").isGreaterThan(SAMPLES / 10);
            assertThat(this.rejected).as("rejected samples").isGreaterThan(SAMPLES / 10);
        }
    }
}
