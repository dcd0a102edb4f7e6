package io.conversa.live.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** PostgreSQL shares notices between instances with LISTEN/NOTIFY; any other database is one instance. */
@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    Broadcast liveBroadcast(DataSource dataSource, JdbcClient jdbc, LiveHub hub, JsonMapper json) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                return new PostgresBroadcast(dataSource, jdbc, hub, json);
            }
        }
        return new InProcessBroadcast(hub);
    }
}
