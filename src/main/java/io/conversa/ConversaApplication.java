package io.conversa;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConversaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConversaApplication.class, args);
    }
}
