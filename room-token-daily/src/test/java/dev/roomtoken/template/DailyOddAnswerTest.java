package dev.roomtoken.template;

/**
 * The odd answer suite against Daily's endpoint.
 */
class DailyOddAnswerTest extends OddAnswerSuite {

    @Override
    ProviderUnderTest provider() {
        return new DailyUnderTest();
    }
}
