package dev.roomtoken.telnyx.emulator;

import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import dev.roomtoken.InvalidRoomTokenRequestException;
import dev.roomtoken.Issuance;
import dev.roomtoken.RoomTokenIssuer;
import dev.roomtoken.RoomTokenProviderException;
import dev.roomtoken.RoomTokenRequest;
import dev.roomtoken.telnyx.TelnyxTokenIssuer;
import dev.roomtoken.telnyx.TelnyxTokenOptions;
import dev.roomtoken.test.RoomTokenEmulator;
import dev.roomtoken.test.Samples;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Properties over generated rooms and ttls: every request Telnyx's client accepts, the emulator's
 * Telnyx endpoints (which check the API document's rules independently) accept too; every request
 * the client rejects is rejected before sending, naming the field. (SignalWire's names, metadata
 * and instants: ClientAgreesWithSignalWireEmulatorTest in room-token-signalwire.)
 */
class ClientAgreesWithTelnyxEmulatorTest {

    private static final int SAMPLES = 300;

    private static final RoomTokenEmulator emulator = RoomTokenEmulator.start();

    private static final TelnyxTokenIssuer telnyx = TelnyxTokenIssuer.builder()
        .baseUrl(URI.create(emulator.setting("roomtoken.telnyx.base-url")))
        .apiKey(emulator.setting("roomtoken.telnyx.api-key"))
        .build();

    private final Outcomes outcomes = new Outcomes();

    @AfterAll
    static void stop() {
        emulator.close();
    }

    @Test
    void telnyxRoomsAndTtls() {
        Samples samples = new Samples(99L);
        for (int i = 0; i < SAMPLES; i++) {
            String room = samples.chance(4) ? samples.mostly("0123456789abcdef-", 36) : UUID.randomUUID().toString();
            long ttl = samples.chance(2) ? samples.between(1, 3700) : samples.oneOf(new Long[] { 9L, 10L, 3600L, 3601L });
            long refresh = samples.chance(2) ? samples.between(1, 90000)
                    : samples.oneOf(new Long[] { 59L, 60L, 86400L, 86401L });
            check(telnyx, () -> RoomTokenRequest.forRoom(room).ttl(Duration.ofSeconds(ttl))
                .options(TelnyxTokenOptions.refreshTokenTtl(Duration.ofSeconds(refresh)))
                .build(), Set.of("room", "ttl", "refreshTokenTtl"), "room=" + room + " ttl=" + ttl + " refresh=" + refresh);
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
