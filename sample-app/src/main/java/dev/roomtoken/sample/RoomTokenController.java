package dev.roomtoken.sample;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sample's HTTP surface: mint a token for a room, and refresh one; {@code ?provider=} picks a
 * configured provider other than the primary one.
 */
@RestController
@RequestMapping("/api/rooms/{room}/tokens")
class RoomTokenController {

    private final JoinService joinService;

    RoomTokenController(JoinService joinService) {
        this.joinService = joinService;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponseBody create(@PathVariable String room, @RequestParam(required = false) @Nullable String provider,
            @RequestBody(required = false) @Nullable TokenRequestBody body) {
        TokenRequestBody request = (body != null) ? body : TokenRequestBody.EMPTY;
        return TokenResponseBody
            .of(this.joinService.join(provider, room, request.identity(), request.displayName(), request.ttl()));
    }

    @PostMapping("/refresh")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponseBody refresh(@PathVariable String room, @RequestParam(required = false) @Nullable String provider,
            @RequestBody RefreshRequestBody body) {
        return TokenResponseBody.of(this.joinService.refresh(provider, room, body.requiredRefreshToken()));
    }
}
