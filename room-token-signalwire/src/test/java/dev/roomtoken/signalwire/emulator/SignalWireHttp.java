package dev.roomtoken.signalwire.emulator;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.roomtoken.test.EmulatorHttp;
import dev.roomtoken.test.RoomTokenEmulator;

/**
 * Sends requests to an emulator's SignalWire endpoint as SignalWire's client would, with the
 * credentials the emulator accepts.
 */
final class SignalWireHttp extends EmulatorHttp {

    SignalWireHttp(RoomTokenEmulator emulator) {
        super(emulator);
    }

    String basic() {
        return "Basic " + Base64.getEncoder()
            .encodeToString((emulator().setting(SignalWireEndpoint.PROJECT_ID) + ":"
                    + emulator().setting(SignalWireEndpoint.API_TOKEN))
                .getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> signalWire(String json) throws IOException, InterruptedException {
        return post("/api/video/room_tokens", json, basic());
    }
}
