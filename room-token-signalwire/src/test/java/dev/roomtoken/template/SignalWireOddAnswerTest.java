package dev.roomtoken.template;

/**
 * The odd answer suite against SignalWire's endpoint.
 */
class SignalWireOddAnswerTest extends OddAnswerSuite {

    @Override
    ProviderUnderTest provider() {
        return new SignalWireUnderTest();
    }
}
