package dev.roomtoken.test;

import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * Sends requests to an emulator's {@link FakeVideoEndpoint} with the key it accepts.
 */
final class FakeVideoHttp extends EmulatorHttp {

    FakeVideoHttp(RoomTokenEmulator emulator) {
        super(emulator);
    }

    String bearer() {
        return FakeVideoEndpoint.bearer(emulator());
    }

    HttpResponse<String> mint(String json) throws IOException, InterruptedException {
        return post(FakeVideoEndpoint.PATH, json, bearer());
    }
}
