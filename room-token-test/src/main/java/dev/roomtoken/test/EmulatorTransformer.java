package dev.roomtoken.test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Answers every request the emulator receives: routes it to the endpoint whose path it is, lets a
 * queued fault take the answer's place, and journals it. The journal and the fault queue are
 * shared by every endpoint.
 */
final class EmulatorTransformer implements ResponseDefinitionTransformerV2 {

    private final List<EmulatorEndpoint> endpoints;

    private final Queue<EmulatorFault> faults = new ConcurrentLinkedQueue<>();

    private final Queue<RecordedRequest> journal = new ConcurrentLinkedQueue<>();

    EmulatorTransformer(List<EmulatorEndpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl();
        String route = stripQuery(path);
        String method = request.getMethod().getName();
        Map<String, List<String>> headers = headers(request);
        String body = request.getBodyAsString();
        EmulatorEndpoint endpoint = this.endpoints.stream()
            .filter((candidate) -> candidate.handles(route))
            .findFirst()
            .orElse(UnknownEndpoint.INSTANCE);
        EmulatorAnswer answer = endpoint.answer(new EmulatorRequest(method, route, headers, body));
        EmulatorFault fault = this.faults.poll();
        this.journal.add(new RecordedRequest(endpoint.name(), method, path, headers, body,
                (fault != null) ? fault.status(answer) : answer.status()));
        return (fault != null) ? fault.apply(answer, endpoint::failure) : definition(answer).build();
    }

    static ResponseDefinitionBuilder definition(EmulatorAnswer answer) {
        ResponseDefinitionBuilder definition = ResponseDefinitionBuilder.responseDefinition()
            .withStatus(answer.status())
            .withBody(answer.body());
        answer.headers().forEach(definition::withHeader);
        return definition;
    }

    private static String stripQuery(String path) {
        int query = path.indexOf('?');
        return (query >= 0) ? path.substring(0, query) : path;
    }

    private static Map<String, List<String>> headers(Request request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), List.copyOf(header.values()));
        }
        return headers;
    }

    void enqueue(EmulatorFault fault) {
        this.faults.add(fault);
    }

    List<RecordedRequest> journal() {
        return List.copyOf(this.journal);
    }

    void reset() {
        this.faults.clear();
        this.journal.clear();
    }

    @Override
    public String getName() {
        return "room-token-emulator";
    }
}
