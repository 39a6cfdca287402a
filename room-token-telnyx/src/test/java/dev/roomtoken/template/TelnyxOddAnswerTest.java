package dev.roomtoken.template;

/**
 * The odd answer suite against Telnyx's endpoint.
 */
class TelnyxOddAnswerTest extends OddAnswerSuite {

    @Override
    ProviderUnderTest provider() {
        return new TelnyxUnderTest();
    }
}
