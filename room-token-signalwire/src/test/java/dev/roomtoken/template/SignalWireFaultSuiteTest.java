package dev.roomtoken.template;

/**
 * The fault suite against SignalWire's endpoint.
 */
class SignalWireFaultSuiteTest extends FaultSuite {

    @Override
    ProviderUnderTest provider() {
        return new SignalWireUnderTest();
    }
}
