package io.conversa;

import io.conversa.insights.InsightsEvaluation;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ConversaApplication {

    public static void main(String[] args) {
        if (args.length > 0 && InsightsEvaluation.COMMAND.equals(args[0])) {
            System.exit(InsightsEvaluation.run(args, System.out));
        }
        SpringApplication.run(ConversaApplication.class, args);
    }
}
