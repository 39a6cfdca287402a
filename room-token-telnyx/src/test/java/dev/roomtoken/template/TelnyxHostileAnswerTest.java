package dev.roomtoken.template;

/**
 * The hostile answer suite against Telnyx's endpoint.
 */
class TelnyxHostileAnswerTest extends HostileAnswerSuite {

    @Override
    ProviderUnderTest provider() {
        return new TelnyxUnderTest();
    }
}
