package dev.roomtoken.template;

import dev.roomtoken.RoomTokenException;
import dev.roomtoken.RoomTokenTemplate;
import org.junit.jupiter.api.AfterEach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every suite that a provider runs against itself shares: the provider under test, a
 * {@link FaultServer} for it, and a failed call whose exception never carries the provider's
 * secret.
 */
abstract class ProviderSuite {

    final ProviderUnderTest provider = provider();

    final FaultServer faults = new FaultServer(this.provider, 10);

    abstract ProviderUnderTest provider();

    @AfterEach
    void stopFaultServer() {
        this.faults.close();
    }

    /** Makes the provider's request through the template, which must fail with the given type. */
    <T extends RoomTokenException> T fails(Class<T> type, RoomTokenTemplate template) {
        T ex = catchThrowableOfType(type, () -> template.createToken(this.provider.request()));
        assertThat(ex).as("the call's exception").isNotNull();
        assertThat(ex.getMessage()).doesNotContain(this.provider.secret());
        return ex;
    }
}
