package dev.roomtoken.signalwire.autoconfigure;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What SignalWire's properties and checked settings show when printed (their target, never the
 * API token), where a space leads, and how metadata defaults set in code keep their shape.
 */
class SignalWireSettingsTextTest {

    @Test
    void propertiesShowTheirSettingsButNeverACredential() {
        SignalWireProperties signalWire = new SignalWireProperties();
        signalWire.setSpace("example");
        signalWire.setProjectId("project-7f3a");
        signalWire.setApiToken("PT-token-91c2");

        assertThat(signalWire).hasToString(
                "SignalWireProperties[space=example, baseUrl=null, projectId=project-7f3a, apiToken=******]");
        assertThat(new SignalWireProperties()).hasToString(
                "SignalWireProperties[space=null, baseUrl=null, projectId=null, apiToken=null]");
    }

    @Test
    void resolvedSettingsShowTheirTargetButNeverACredential() {
        SignalWireProperties signalWire = new SignalWireProperties();
        signalWire.setSpace("example");
        signalWire.setProjectId("project-7f3a");
        signalWire.setApiToken("PT-token-91c2");

        assertThat(SignalWireSettings.from(signalWire, false)).hasToString(
                "SignalWireSettings[baseUrl=https://example.signalwire.com, projectId=project-7f3a, apiToken=******]");
    }

    @ParameterizedTest
    @ValueSource(strings = { "example", "example.signalwire.com", "EXAMPLE.signalwire.com" })
    void spaceNameOrHostGiveTheSpacesApi(String space) {
        SignalWireProperties signalWire = new SignalWireProperties();
        signalWire.setSpace(space);
        signalWire.setProjectId("p");
        signalWire.setApiToken("t");

        assertThat(SignalWireSettings.from(signalWire, false).baseUrl())
            .isEqualTo(URI.create("https://example.signalwire.com"));
    }

    @Test
    void metadataSetInCodeKeepsItsListsAndEmptyObjects() {
        Map<String, Object> meta = Map.of("tags", List.of("mobile", Map.of("0", "a", "1", "b")), "empty", Map.of(),
                "team", Map.of("name", "blue"));

        assertThat(MetadataDefaults.jsonObject("roomtoken.signalwire.defaults.meta", meta))
            .isEqualTo(Map.of("tags", List.of("mobile", List.of("a", "b")), "empty", Map.of(), "team",
                    Map.of("name", "blue")));
        assertThat(MetadataDefaults.jsonObject("roomtoken.signalwire.defaults.meta", Map.of())).isEmpty();
    }
}
