package dev.roomtoken.test;

import java.util.Map;

/**
 * What an emulated endpoint answers: a status, a JSON body and headers.
 */
record EmulatorAnswer(int status, String body, Map<String, String> headers) {

    static EmulatorAnswer json(int status, String body) {
        return new EmulatorAnswer(status, body, Map.of("Content-Type", "application/json"));
    }
}
