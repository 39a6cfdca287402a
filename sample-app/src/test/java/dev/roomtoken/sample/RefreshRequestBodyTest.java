package dev.roomtoken.sample;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresh request body, which request logging may print.
 */
class RefreshRequestBodyTest {

    @Test
    void printingItNeverShowsTheRefreshToken() {
        assertThat(new RefreshRequestBody("rt-secret-value")).hasToString("RefreshRequestBody[refreshToken=******]");
        assertThat(new RefreshRequestBody(null)).hasToString("RefreshRequestBody[refreshToken=null]");
    }
}
