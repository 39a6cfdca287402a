package dev.roomtoken.template;

/**
 * The fault suite against Daily's endpoint.
 */
class DailyFaultSuiteTest extends FaultSuite {

    @Override
    ProviderUnderTest provider() {
        return new DailyUnderTest();
    }
}
