package dev.roomtoken.agora;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.agora.media.AccessToken2;
import org.junit.jupiter.api.Test;

import static dev.roomtoken.agora.AgoraFixtures.APP_CERTIFICATE;
import static dev.roomtoken.agora.AgoraFixtures.APP_ID;
import static dev.roomtoken.agora.AgoraFixtures.SALT;
import static dev.roomtoken.agora.AgoraFixtures.issueTs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The token writer beyond what the oracle can write: content longer than its buffers, many threads
 * sharing the pooled scratches, and the pool itself.
 */
class AgoraAccessToken2Test {

    private final AgoraAccessToken2 writer = new AgoraAccessToken2(APP_ID, APP_CERTIFICATE);

    @Test
    void contentLongerThanTheScratchBuffersIsWrittenWhole() throws Exception {
        String uid = "u".repeat(5000);

        String token = this.writer.write(issueTs(), 600, SALT, "standup", uid, 600);

        AccessToken2 parsed = new AccessToken2();
        assertThat(parsed.parse(token)).isTrue();
        assertThat(((AccessToken2.ServiceRtc) parsed.services.get(AccessToken2.SERVICE_TYPE_RTC)).getUid())
            .isEqualTo(uid);
        assertThat(AgoraFixtures.signatureVerifies(token, APP_CERTIFICATE)).isTrue();
        assertThat(this.writer.write(issueTs(), 600, SALT, "standup", "u-42", 600))
            .as("a short token after a long one, with the same scratch")
            .isEqualTo(new AgoraAccessToken2(APP_ID, APP_CERTIFICATE).write(issueTs(), 600, SALT, "standup", "u-42",
                    600));
    }

    @Test
    void aTextOfMoreThan65535BytesCannotBeWritten() {
        assertThatExceptionOfType(IllegalArgumentException.class)
            .isThrownBy(() -> this.writer.write(issueTs(), 600, SALT, "standup", "u".repeat(65536), 600))
            .withMessage("The uid takes more than 65535 bytes");
    }

    @Test
    void threadsSharingTheWriterEachGetTheirOwnTokens() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String uid = "user-" + t;
                String expected = new AgoraAccessToken2(APP_ID, APP_CERTIFICATE).write(issueTs(), 600, SALT, "standup",
                        uid, 600, 600, 600, 600);
                Callable<Boolean> call = () -> {
                    for (int i = 0; i < 300; i++) {
                        if (!this.writer.write(issueTs(), 600, SALT, "standup", uid, 600, 600, 600, 600)
                            .equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                };
                results.add(threads.submit(call));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        }
        finally {
            threads.shutdownNow();
        }
    }

    @Test
    void thePoolKeepsWhatFitsAndLeavesTheRest() {
        AgoraScratch.Pool pool = new AgoraScratch.Pool(1);
        AgoraScratch first = pool.take();
        AgoraScratch second = pool.take();

        pool.giveBack(first);
        pool.giveBack(second);

        assertThat(pool.take()).isSameAs(first);
        assertThat(pool.take()).isNotSameAs(first).isNotSameAs(second);
    }
}
