package dev.roomtoken.template;

/**
 * The hostile answer suite against Daily's endpoint.
 */
class DailyHostileAnswerTest extends HostileAnswerSuite {

    @Override
    ProviderUnderTest provider() {
        return new DailyUnderTest();
    }
}
