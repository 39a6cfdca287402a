package dev.roomtoken.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * Finds the {@link EmulatorEndpointFactory factories} registered in {@code META-INF/spring.factories}
 * and makes one emulator's endpoints: in the order of their factories, then by name, each name once.
 */
final class Endpoints {

    private Endpoints() {
    }

    static List<EmulatorEndpoint> create(@Nullable ClassLoader classLoader, EmulatorEndpointContext context) {
        List<EmulatorEndpointFactory> factories = SpringFactoriesLoader.forDefaultResourceLocation(classLoader)
            .load(EmulatorEndpointFactory.class);
        List<Made> made = new ArrayList<>();
        for (EmulatorEndpointFactory factory : factories) {
            made.add(new Made(factory, factory.create(context)));
        }
        made.sort(Comparator.<Made, Object>comparing(Made::factory, AnnotationAwareOrderComparator.INSTANCE)
            .thenComparing((endpoint) -> endpoint.endpoint().name()));
        Set<String> names = new HashSet<>();
        List<EmulatorEndpoint> endpoints = new ArrayList<>();
        for (Made endpoint : made) {
            String name = endpoint.endpoint().name();
            if (!names.add(name)) {
                throw new IllegalStateException("Two emulator endpoints are named " + name + ": "
                        + endpoint.factory().getClass().getName() + " and another registered factory");
            }
            endpoints.add(endpoint.endpoint());
        }
        return List.copyOf(endpoints);
    }

    private record Made(EmulatorEndpointFactory factory, EmulatorEndpoint endpoint) {
    }
}
