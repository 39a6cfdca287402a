package dev.roomtoken.test;

import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.core.annotation.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The endpoint SPI: endpoints registered in {@code META-INF/spring.factories} join every emulator,
 * in the order of their factories and then by name; their settings are the emulator's; a credential
 * is random unless the test fixes it; and what cannot work is refused when the emulator starts.
 */
class EmulatorEndpointSpiTest {

    @Test
    void anEndpointRegisteredInSpringFactoriesJoinsEveryEmulator() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            assertThat(emulator.providers()).containsExactly("fakevideo");
            assertThat(List.copyOf(emulator.settings().keySet())).containsExactly("roomtoken.fakevideo.base-url",
                    "roomtoken.fakevideo.api-key");
            assertThat(emulator.settings()).containsEntry("roomtoken.fakevideo.base-url",
                    emulator.baseUrl() + "/fakevideo/v1");
            assertThat(emulator.setting("roomtoken.fakevideo.api-key")).matches("FK[0-9a-f]{32}");
            assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> emulator.settings().put("roomtoken.fakevideo.api-key", "mine"));
            assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> emulator.providers().add("other"));
            assertThat(new FakeVideoHttp(emulator).mint("{\"room\":\"standup\"}").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anEndpointSeesThePathWithoutItsQueryAndTheHeadersInAnyCase() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            HttpResponse<String> response = new EmulatorHttp(emulator).post(FakeVideoEndpoint.PATH + "?x=1",
                    "{\"room\":\"standup\"}", FakeVideoEndpoint.bearer(emulator));

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(emulator.journal()).singleElement()
                .satisfies((request) -> assertThat(request.path()).isEqualTo(FakeVideoEndpoint.PATH + "?x=1"));
        }
    }

    @Test
    void aSettingTheEmulatorDoesNotHaveIsRefusedNamingTheOnesItHas() {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.start()) {
            assertThatIllegalArgumentException().isThrownBy(() -> emulator.setting("roomtoken.fakevideo.secret"))
                .withMessageContaining("roomtoken.fakevideo.secret")
                .withMessageContaining("roomtoken.fakevideo.base-url, roomtoken.fakevideo.api-key");
        }
    }

    @Test
    void aFixedSettingIsTheOneAccepted() throws Exception {
        try (RoomTokenEmulator emulator = RoomTokenEmulator.builder().setting(FakeVideoEndpoint.API_KEY, "KEY1").start()) {
            EmulatorHttp http = new EmulatorHttp(emulator);

            assertThat(emulator.settings()).containsEntry(FakeVideoEndpoint.API_KEY, "KEY1");
            assertThat(http.post(FakeVideoEndpoint.PATH, "{\"room\":\"r\"}", "Bearer KEY1").statusCode()).isEqualTo(200);
            assertThat(http.post(FakeVideoEndpoint.PATH, "{\"room\":\"r\"}", "Bearer KEY2").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void aFixedSettingNoEndpointAcceptsStopsTheStartNamingIt() throws Exception {
        int port = freePort();

        assertThatIllegalArgumentException()
            .isThrownBy(() -> RoomTokenEmulator.builder()
                .port(port)
                .setting("roomtoken.fakevideo.api-kee", "KEY1")
                .setting("roomtoken.fakevideo.base-url", "http://127.0.0.1:9")
                .start())
            .withMessage("No endpoint of the emulator accepts a value for roomtoken.fakevideo.api-kee, "
                    + "roomtoken.fakevideo.base-url; the providers it emulates are [fakevideo]");
        IsolatedTestRun.assertNothingListensOn(port);
        assertThatExceptionOfType(NullPointerException.class)
            .isThrownBy(() -> RoomTokenEmulator.builder().setting("roomtoken.fakevideo.api-key", null));
    }

    @Test
    void endpointsComeInTheOrderOfTheirFactoriesThenByNameAndTheFirstClaimingAPathAnswersIt() throws Exception {
        try (URLClassLoader classLoader = withFactories("more-endpoints")) {
            try (RoomTokenEmulator emulator = RoomTokenEmulator.builder().classLoader(classLoader).start()) {
                EmulatorHttp http = new EmulatorHttp(emulator);

                assertThat(emulator.providers()).containsExactly("zulu", "alpha", "fakevideo");
                assertThat(List.copyOf(emulator.settings().keySet())).containsExactly("roomtoken.zulu.base-url",
                        "roomtoken.alpha.base-url", "roomtoken.fakevideo.base-url", "roomtoken.fakevideo.api-key");
                assertThat(http.post("/shared/path", "{}", null).statusCode()).isEqualTo(299);
                assertThat(emulator.journal()).extracting(RecordedRequest::provider).containsExactly("zulu");
            }
        }
    }

    @Test
    void twoEndpointsOfOneNameAreRefused() throws Exception {
        try (URLClassLoader classLoader = withFactories("duplicate-endpoint")) {
            assertThatIllegalStateException()
                .isThrownBy(() -> RoomTokenEmulator.builder().classLoader(classLoader).start())
                .withMessageContaining("Two emulator endpoints are named fakevideo");
        }
    }

    @Test
    void aSettingBeyondTheEndpointsOwnPrefixIsRefusedAndTheServerStopped() throws Exception {
        int port = freePort();
        try (URLClassLoader classLoader = withFactories("stray-setting")) {
            assertThatIllegalStateException()
                .isThrownBy(() -> RoomTokenEmulator.builder().port(port).classLoader(classLoader).start())
                .withMessage("The stray endpoint's setting roomtoken.other.base-url is not below roomtoken.stray.");
        }
        IsolatedTestRun.assertNothingListensOn(port);
    }

    @Test
    void theContextGivesTheClockTheMinterAndFreshRandomness() {
        Clock clock = Clock.systemUTC();
        TokenMinter tokens = new TokenMinter();
        EmulatorEndpointContext context = new EmulatorEndpointContext(clock, tokens, Map.of("roomtoken.x.key", "fixed"));

        assertThat(context.clock()).isSameAs(clock);
        assertThat(context.tokens()).isSameAs(tokens);
        assertThat(context.setting("roomtoken.x.key", () -> "random")).isEqualTo("fixed");
        assertThat(context.setting("roomtoken.x.other", () -> "random")).isEqualTo("random");
        assertThat(context.randomHex(3)).matches("[0-9a-f]{6}").isNotEqualTo(context.randomHex(3));
        assertThatIllegalArgumentException().isThrownBy(() -> context.randomHex(0));
        assertThat(tokens.verify(tokens.mint(Map.of("k", "v")))).isEqualTo(Map.of("k", "v"));
        assertThat(new TokenMinter().verify(tokens.mint(Map.of("k", "v")))).isNull();
    }

    @Test
    void requestsAndAnswersKeepCopiesAndRequestsReadHeadersInAnyCase() {
        EmulatorRequest request = new EmulatorRequest("POST", "/p", Map.of("Authorization", List.of("Bearer a", "b")), "");

        assertThat(request.header("AUTHORIZATION")).isEqualTo("Bearer a");
        assertThat(request.header("X-Absent")).isNull();
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> request.headers().put("X", List.of()));
        assertThat(EmulatorAnswer.notFound()).isEqualTo(new EmulatorAnswer(404, "{\"error\":\"Not Found\"}",
                Map.of("Content-Type", "application/json")));
        assertThatExceptionOfType(UnsupportedOperationException.class)
            .isThrownBy(() -> EmulatorAnswer.json(200, "{}").headers().put("X", "y"));
        assertThat(EmulatorJson.tree("not json")).isNull();
        assertThat(EmulatorJson.tree(" ")).isNull();
        assertThat(EmulatorJson.write(Map.of("a", List.of(1)))).isEqualTo("{\"a\":[1]}");
    }

    private static URLClassLoader withFactories(String directory) {
        URL location = Objects.requireNonNull(EmulatorEndpointSpiTest.class.getClassLoader().getResource(directory + "/"));
        return new URLClassLoader(new URL[] { location }, EmulatorEndpointSpiTest.class.getClassLoader());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * An endpoint that answers every path below its own with 299; its one setting is the base URL
     * below {@code roomtoken.<prefix>}.
     */
    private record Named(String name, String path, String prefix) implements EmulatorEndpoint {

        Named(String name, String path) {
            this(name, path, name);
        }

        @Override
        public boolean handles(String requested) {
            return requested.startsWith(this.path);
        }

        @Override
        public EmulatorAnswer answer(EmulatorRequest request) {
            return EmulatorAnswer.json(299, "{}");
        }

        @Override
        public EmulatorAnswer failure(int status) {
            return EmulatorAnswer.json(status, "{}");
        }

        @Override
        public Map<String, String> settings(URI baseUrl) {
            return Map.of("roomtoken." + this.prefix + ".base-url", baseUrl.toString());
        }
    }

    /** Registered in {@code more-endpoints}; no order. */
    static final class Alpha implements EmulatorEndpointFactory {

        @Override
        public EmulatorEndpoint create(EmulatorEndpointContext context) {
            return new Named("alpha", "/shared/");
        }
    }

    /** Registered in {@code more-endpoints}, after {@link Alpha}; ordered first. */
    @Order(1)
    static final class Zulu implements EmulatorEndpointFactory {

        @Override
        public EmulatorEndpoint create(EmulatorEndpointContext context) {
            return new Named("zulu", "/shared/");
        }
    }

    /** Registered in {@code duplicate-endpoint}. */
    static final class AnotherFakeVideo implements EmulatorEndpointFactory {

        @Override
        public EmulatorEndpoint create(EmulatorEndpointContext context) {
            return new Named("fakevideo", "/other/");
        }
    }

    /** Registered in {@code stray-setting}. */
    static final class Stray implements EmulatorEndpointFactory {

        @Override
        public EmulatorEndpoint create(EmulatorEndpointContext context) {
            return new Named("stray", "/stray/", "other");
        }
    }
}
