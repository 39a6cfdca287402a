package dev.roomtoken.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Flow;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the JDK client's body is collected, fed as the client feeds it: whole up to the limit,
 * refused past it with the subscription cancelled, and failed on demand.
 */
class CappedBodySubscriberTest {

    private final RecordingSubscription subscription = new RecordingSubscription();

    @Test
    void aBodyOfDeclaredLengthIsReadIntoOneArrayOfThatLength() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(200, 100, 5);
        subscriber.onSubscribe(this.subscription);
        subscriber.onNext(List.of(buffer("ab"), buffer("cde")));
        subscriber.onComplete();

        assertThat(body(subscriber)).isEqualTo("abcde");
        assertThat(this.subscription.requested).isEqualTo(Long.MAX_VALUE);
        assertThat(this.subscription.cancelled).isFalse();
    }

    @Test
    void aBodyOfUnknownLengthGrowsUpToTheLimit() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(200, 3000, -1);
        subscriber.onSubscribe(this.subscription);
        String chunk = "x".repeat(700);
        subscriber.onNext(List.of(buffer(chunk), buffer(chunk)));
        subscriber.onNext(List.of(buffer(chunk), buffer(chunk), buffer("y".repeat(200))));
        subscriber.onComplete();

        assertThat(body(subscriber)).hasSize(3000).endsWith("yyy");
    }

    @Test
    void aBodyOfUnknownLengthTakesAFirstChunkLargerThanTwiceItsStart() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(200, 5000, -1);
        subscriber.onSubscribe(this.subscription);
        subscriber.onNext(List.of(buffer("a".repeat(2500))));
        subscriber.onNext(List.of(buffer("b".repeat(2500))));
        subscriber.onComplete();

        assertThat(body(subscriber)).isEqualTo("a".repeat(2500) + "b".repeat(2500));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingIsRequested() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(200, 10, 11);
        subscriber.onSubscribe(this.subscription);

        assertThat(this.subscription.cancelled).isTrue();
        assertThat(this.subscription.requested).isZero();
        assertFailure(subscriber, AnswerTooLargeException.class,
                "the answer declares 11 bytes, more than the 10 bytes the client reads (roomtoken.http.max-response-size)");
    }

    @Test
    void aBodyPassingTheLimitIsCutAndWhatFollowsIsIgnored() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(200, 10, -1);
        subscriber.onSubscribe(this.subscription);
        subscriber.onNext(List.of(buffer("0123456789")));
        subscriber.onNext(List.of(buffer("!")));
        subscriber.onNext(List.of(buffer("more")));

        assertThat(this.subscription.cancelled).isTrue();
        assertFailure(subscriber, AnswerTooLargeException.class,
                "the answer passed the 10 bytes the client reads (roomtoken.http.max-response-size)");
    }

    @Test
    void aFailureEndsTheBodyAndCancelsTheSubscription() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(200, 100, -1);
        subscriber.onSubscribe(this.subscription);
        subscriber.onNext(List.of(buffer("abc")));

        subscriber.fail(new IOException("time is up"));

        assertThat(this.subscription.cancelled).isTrue();
        assertFailure(subscriber, IOException.class, "time is up");
    }

    @Test
    void aSubscriptionThatComesAfterAFailureIsCancelledAtOnce() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(200, 100, -1);
        subscriber.fail(new IOException("time is up"));

        subscriber.onSubscribe(this.subscription);

        assertThat(this.subscription.cancelled).isTrue();
        assertThat(this.subscription.requested).isZero();
    }

    @Test
    void theClientsErrorEndsTheBody() {
        CappedBodySubscriber subscriber = new CappedBodySubscriber(200, 100, -1);
        subscriber.onSubscribe(this.subscription);

        subscriber.onError(new IOException("connection reset"));

        assertFailure(subscriber, IOException.class, "connection reset");
    }

    private static ByteBuffer buffer(String text) {
        return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String body(CappedBodySubscriber subscriber) {
        return new String(subscriber.getBody().toCompletableFuture().join(), StandardCharsets.US_ASCII);
    }

    private static void assertFailure(CappedBodySubscriber subscriber, Class<? extends IOException> type,
            String message) {
        CompletableFuture<byte[]> body = subscriber.getBody().toCompletableFuture();
        assertThatExceptionOfType(CompletionException.class).isThrownBy(body::join)
            .havingCause()
            .isInstanceOf(type)
            .withMessage(message);
    }

    private static final class RecordingSubscription implements Flow.Subscription {

        long requested;

        boolean cancelled;

        @Override
        public void request(long n) {
            this.requested += n;
        }

        @Override
        public void cancel() {
            this.cancelled = true;
        }
    }
}
