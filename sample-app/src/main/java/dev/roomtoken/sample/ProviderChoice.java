package dev.roomtoken.sample;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.roomtoken.RoomTokenOperations;
import dev.roomtoken.RoomTokenTemplate;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Picks the template a request asks for with {@code ?provider=}: the primary one when it names
 * none, else the configured provider it names.
 */
@Component
class ProviderChoice {

    private final RoomTokenOperations primary;

    private final Map<String, RoomTokenOperations> byProvider = new LinkedHashMap<>();

    ProviderChoice(RoomTokenOperations primary, ObjectProvider<RoomTokenTemplate> templates) {
        this.primary = primary;
        templates.orderedStream().forEach((template) -> this.byProvider.put(template.provider(), template));
    }

    /**
     * The template for a request.
     * @param provider the provider the request names, or {@code null} for the primary
     * @return the template
     * @throws UnknownProviderException if no configured provider has that name
     */
    RoomTokenOperations choose(@Nullable String provider) {
        if (provider == null) {
            return this.primary;
        }
        RoomTokenOperations chosen = this.byProvider.get(provider);
        if (chosen == null) {
            throw new UnknownProviderException(provider, List.copyOf(this.byProvider.keySet()));
        }
        return chosen;
    }
}
