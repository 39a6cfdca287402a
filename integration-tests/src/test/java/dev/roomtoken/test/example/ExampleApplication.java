package dev.roomtoken.test.example;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application a user of the starter tests: its {@code @SpringBootTest} classes in this package
 * find it, as they would find the user's own {@code @SpringBootApplication}.
 */
@SpringBootApplication
class ExampleApplication {

}
