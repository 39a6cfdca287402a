package dev.roomtoken.http;

import java.net.URI;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.web.util.DefaultUriBuilderFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchIllegalArgumentException;

/**
 * The provider clients' URI factory gives exactly the URIs of Spring's default factory on the same
 * base URL, for the clients' own templates and for any other, without parsing a template per call.
 */
class ProviderUriBuilderFactoryTest {

    private static final String TELNYX_CREATE = "/rooms/{room_id}/actions/generate_join_client_token";

    static Stream<Arguments> baseUrlsTemplatesAndValues() {
        Stream.Builder<Arguments> cases = Stream.builder();
        String[] baseUrls = { "https://api.telnyx.com/v2", "https://api.telnyx.com/v2/", "http://127.0.0.1:8089",
                "http://127.0.0.1:8089/", "https://example.signalwire.com", "https://proxy.example/a%20b/v2",
                "https://[::1]:8443/api" };
        Object[][] templatesAndValues = { { "/api/video/room_tokens", new Object[0] },
                { TELNYX_CREATE, new Object[] { "0ccc7b54-4df3-4bca-a65a-3da1ecc777f0" } },
                { TELNYX_CREATE, new Object[] { "a b/c?d#e%f" } }, { TELNYX_CREATE, new Object[] { "zürich" } },
                { "/rooms/{room_id}/x/{n}", new Object[] { "r", 7 } }, { "/q?x={x}", new Object[] { "a&b" } },
                { "relative/{x}", new Object[] { "y" } }, { "/with space/{x}", new Object[] { "y" } },
                { "/a|b/{x}", new Object[] { "y" } }, { TELNYX_CREATE, new Object[] { null } },
                { "/a-long-path".repeat(8) + "/{x}", new Object[] { "y" } }, };
        for (String baseUrl : baseUrls) {
            for (Object[] templateAndValues : templatesAndValues) {
                cases.add(Arguments.of(baseUrl, templateAndValues[0], templateAndValues[1]));
            }
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("baseUrlsTemplatesAndValues")
    void expandsAsSpringsDefaultFactoryDoes(String baseUrl, String template, Object[] values) {
        URI expected = new DefaultUriBuilderFactory(baseUrl).expand(template, values);

        URI expanded = new ProviderUriBuilderFactory(URI.create(baseUrl)).expand(template, values);

        assertThat(expanded).isEqualTo(expected);
        assertThat(expanded.toString()).isEqualTo(expected.toString());
    }

    @Test
    void aBaseUrlWithAQueryIsLeftToSpring() {
        URI baseUrl = URI.create("https://api.example/v2?tenant=7");

        assertThat(new ProviderUriBuilderFactory(baseUrl).expand(TELNYX_CREATE, "r"))
            .isEqualTo(new DefaultUriBuilderFactory(baseUrl.toString()).expand(TELNYX_CREATE, "r"))
            .hasToString("https://api.example/v2/rooms/r/actions/generate_join_client_token?tenant=7");
    }

    @Test
    void aTemplateWithoutVariablesIsExpandedOnce() {
        ProviderUriBuilderFactory factory = new ProviderUriBuilderFactory(URI.create("https://example.signalwire.com"));

        URI first = factory.expand("/api/video/room_tokens");

        assertThat(factory.expand("/api/video/room_tokens")).isSameAs(first)
            .hasToString("https://example.signalwire.com/api/video/room_tokens");
    }

    @Test
    void aTemplateWithoutVariablesOfAnyPlainCharacterIsExpandedOnce() {
        ProviderUriBuilderFactory factory = new ProviderUriBuilderFactory(URI.create("https://api.telnyx.com/v2"));
        String template = "/AZaz09/-_.~";

        URI first = factory.expand(template);

        assertThat(factory.expand(template)).isSameAs(first).hasToString("https://api.telnyx.com/v2" + template);
    }

    @Test
    void noMoreThan64TemplatesAreKept() {
        ProviderUriBuilderFactory factory = new ProviderUriBuilderFactory(URI.create("https://api.telnyx.com/v2"));
        for (int i = 0; i < 64; i++) {
            factory.expand("/t" + i);
        }

        assertThat(factory.expand("/t63")).isSameAs(factory.expand("/t63"));
        assertThat(factory.expand("/t64")).isNotSameAs(factory.expand("/t64")).isEqualTo(factory.expand("/t64"));
    }

    @Test
    void tooFewValuesFailAsWithSpring() {
        ProviderUriBuilderFactory factory = new ProviderUriBuilderFactory(URI.create("https://api.telnyx.com/v2"));

        String springsMessage = catchIllegalArgumentException(
                () -> new DefaultUriBuilderFactory("https://api.telnyx.com/v2").expand(TELNYX_CREATE)).getMessage();

        assertThat(springsMessage).isEqualTo("Not enough variable values available to expand 'room_id'");
        assertThatIllegalArgumentException().isThrownBy(() -> factory.expand(TELNYX_CREATE)).withMessage(springsMessage);
        assertThatIllegalArgumentException().isThrownBy(() -> factory.expand("/rooms/{room_id}/x/{n}", "r"))
            .withMessage("Not enough variable values available to expand 'n'");
    }

    @Test
    void extraValuesAreIgnoredAsWithSpring() {
        URI baseUrl = URI.create("https://api.telnyx.com/v2");

        assertThat(new ProviderUriBuilderFactory(baseUrl).expand(TELNYX_CREATE, "r", "extra"))
            .isEqualTo(new DefaultUriBuilderFactory(baseUrl.toString()).expand(TELNYX_CREATE, "r", "extra"));
    }

    @Test
    void namedValuesAreExpandedAsWithSpring() {
        URI baseUrl = URI.create("https://api.telnyx.com/v2");

        assertThat(new ProviderUriBuilderFactory(baseUrl).expand(TELNYX_CREATE, Map.of("room_id", "a b")))
            .isEqualTo(new DefaultUriBuilderFactory(baseUrl.toString()).expand(TELNYX_CREATE, Map.of("room_id", "a b")))
            .hasToString("https://api.telnyx.com/v2/rooms/a%20b/actions/generate_join_client_token");
    }

    @Test
    void buildersAndTemplateStringsAreSpringsOwn() {
        ProviderUriBuilderFactory factory = new ProviderUriBuilderFactory(URI.create("https://api.telnyx.com/v2"));

        assertThat(factory.uriString(TELNYX_CREATE).toUriString())
            .isEqualTo("https://api.telnyx.com/v2/rooms/{room_id}/actions/generate_join_client_token");
        assertThat(factory.builder().path("/x").build()).hasToString("https://api.telnyx.com/v2/x");
    }
}
