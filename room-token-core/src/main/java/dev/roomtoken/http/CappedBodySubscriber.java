package dev.roomtoken.http;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

import org.jspecify.annotations.Nullable;

/**
 * Collects an answer's body into one array of at most {@code maxBytes}: an answer that declares
 * more is refused before a byte is read, one that sends more is cut as soon as it passes the
 * limit. Either way the subscription is cancelled, which closes the connection, and the body
 * completes with an {@link AnswerTooLargeException}. A body of known length is read straight
 * into an array of that length, so it is never copied again.
 */
final class CappedBodySubscriber implements HttpResponse.BodySubscriber<byte[]> {

    private static final int FIRST_CHUNK = 1024;

    private final int statusCode;

    private final int maxBytes;

    private final long declaredBytes;

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();

    private byte[] bytes;

    private int length;

    private volatile Flow.@Nullable Subscription subscription;

    CappedBodySubscriber(int statusCode, int maxBytes, long declaredBytes) {
        this.statusCode = statusCode;
        this.maxBytes = maxBytes;
        this.declaredBytes = declaredBytes;
        this.bytes = new byte[(declaredBytes >= 0 && declaredBytes <= maxBytes) ? (int) declaredBytes
                : Math.min(FIRST_CHUNK, maxBytes)];
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return this.body;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (this.body.isDone()) {
            // failed before the body began, as when the attempt's time ran out just then
            subscription.cancel();
        }
        else if (this.declaredBytes > this.maxBytes) {
            refuse(this.declaredBytes);
        }
        else {
            subscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (this.body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            int size = buffer.remaining();
            if (size > this.maxBytes - this.length) {
                refuse(-1);
                return;
            }
            if (this.length + size > this.bytes.length) {
                this.bytes = Arrays.copyOf(this.bytes,
                        (int) Math.min(this.maxBytes, Math.max(2L * this.bytes.length, this.length + size)));
            }
            buffer.get(this.bytes, this.length, size);
            this.length += size;
        }
    }

    @Override
    public void onError(Throwable failure) {
        this.body.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        this.body.complete((this.length == this.bytes.length) ? this.bytes : Arrays.copyOf(this.bytes, this.length));
    }

    /** Stops reading, the body failing with the given reason, such as the attempt's timeout. */
    void fail(IOException reason) {
        cancel();
        this.body.completeExceptionally(reason);
    }

    private void cancel() {
        Flow.Subscription current = this.subscription;
        if (current != null) {
            current.cancel();
        }
    }

    private void refuse(long declared) {
        fail(new AnswerTooLargeException(this.statusCode, this.maxBytes, declared));
    }
}
