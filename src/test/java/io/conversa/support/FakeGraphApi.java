package io.conversa.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A local fake of Meta's Graph API (WireMock) for every integration test. All integration tests share one
 * application context, hence one durable-task scheduler on the test database, and it talks to this fake.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FakeGraphApi {

    @Bean(destroyMethod = "stop")
    WireMockServer graphApi(ConfigurableEnvironment environment) {
        WireMockServer server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
        // The Graph client reads this property at each call, so it can be set after the context started.
        environment
                .getPropertySources()
                .addFirst(
                        new MapPropertySource("fakeGraphApi", Map.of("conversa.whatsapp.graph-url", server.baseUrl())));
        return server;
    }
}
