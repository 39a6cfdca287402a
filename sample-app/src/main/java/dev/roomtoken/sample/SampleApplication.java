package dev.roomtoken.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts the sample app: {@code POST /api/rooms/{room}/tokens} mints a token from the configured
 * provider, or from the embedded emulator when no provider credentials are set.
 */
@SpringBootApplication
public class SampleApplication {

    /**
     * Runs the app; {@code --roomtoken.*} arguments override its configuration.
     * @param args command line arguments
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
