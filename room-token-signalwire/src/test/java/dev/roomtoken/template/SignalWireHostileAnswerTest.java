package dev.roomtoken.template;

/**
 * The hostile answer suite against SignalWire's endpoint.
 */
class SignalWireHostileAnswerTest extends HostileAnswerSuite {

    @Override
    ProviderUnderTest provider() {
        return new SignalWireUnderTest();
    }
}
