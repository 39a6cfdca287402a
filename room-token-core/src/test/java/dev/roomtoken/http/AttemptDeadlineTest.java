package dev.roomtoken.http;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time an attempt is allowed: the read timeout, or what is left of the call's budget if less.
 */
class AttemptDeadlineTest {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

    @Test
    void withoutABudgetAnAttemptHasTheWholeReadTimeout() {
        assertThat(AttemptDeadline.allowed(READ_TIMEOUT)).isEqualTo(READ_TIMEOUT);
    }

    @Test
    void aBudgetLongerThanTheReadTimeoutLeavesTheReadTimeout() {
        Duration allowed = AttemptDeadline.within(System.nanoTime() + Duration.ofMinutes(1).toNanos(),
                () -> AttemptDeadline.allowed(READ_TIMEOUT));

        assertThat(allowed).isEqualTo(READ_TIMEOUT);
    }

    @Test
    void anAttemptLateInTheBudgetGetsOnlyWhatIsLeft() {
        Duration allowed = AttemptDeadline.within(System.nanoTime() + Duration.ofSeconds(2).toNanos(),
                () -> AttemptDeadline.allowed(READ_TIMEOUT));

        assertThat(allowed).isGreaterThan(Duration.ofSeconds(1)).isLessThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aSpentBudgetLeavesNothing() {
        Duration allowed = AttemptDeadline.within(System.nanoTime() - 1, () -> AttemptDeadline.allowed(READ_TIMEOUT));

        assertThat(allowed).isZero();
    }

    @Test
    void anInnerDeadlineGivesWayToTheOuterOneWhenItEnds() {
        long outer = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        Duration[] seen = new Duration[2];

        AttemptDeadline.within(outer, () -> {
            seen[0] = AttemptDeadline.within(System.nanoTime() - 1, () -> AttemptDeadline.allowed(READ_TIMEOUT));
            seen[1] = AttemptDeadline.allowed(READ_TIMEOUT);
            return null;
        });

        assertThat(seen[0]).isZero();
        assertThat(seen[1]).isGreaterThan(Duration.ofSeconds(2)).isLessThanOrEqualTo(Duration.ofSeconds(3));
        assertThat(AttemptDeadline.allowed(READ_TIMEOUT)).as("after the call").isEqualTo(READ_TIMEOUT);
    }

    @Test
    void aThreadThatRanACallWithABudgetCarriesNoDeadlineIntoItsNextAttempt() throws InterruptedException {
        Duration[] after = new Duration[1];
        // a thread of its own, which no other test has left a deadline on
        Thread pooled = new Thread(() -> {
            AttemptDeadline.within(System.nanoTime() + Duration.ofSeconds(2).toNanos(),
                    () -> AttemptDeadline.allowed(READ_TIMEOUT));
            after[0] = AttemptDeadline.allowed(READ_TIMEOUT);
        });
        pooled.start();
        pooled.join();

        assertThat(after[0]).isEqualTo(READ_TIMEOUT);
    }

    @Test
    void aDurationTooLongForNanosecondsSaturates() {
        assertThat(AttemptDeadline.nanos(Duration.ofDays(365L * 1000))).isEqualTo(Long.MAX_VALUE);
        assertThat(AttemptDeadline.nanos(Duration.ofMillis(3))).isEqualTo(3_000_000L);
    }
}
