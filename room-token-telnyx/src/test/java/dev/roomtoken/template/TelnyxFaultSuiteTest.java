package dev.roomtoken.template;

/**
 * The fault suite against Telnyx's endpoint.
 */
class TelnyxFaultSuiteTest extends FaultSuite {

    @Override
    ProviderUnderTest provider() {
        return new TelnyxUnderTest();
    }
}
