package io.conversa.web;

import io.conversa.identity.CurrentUser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of {@code /api/v1}: every operation takes a bearer API token. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // Controllers take the caller as a CurrentUser parameter; it comes from the token, not from the request.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    OpenAPI conversaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Conversa API")
                        .version("v1")
                        .description("Customers, invoices, payments and imports for the Conversa WhatsApp inbox. "
                                + "Create a token in Configuración → API tokens and send it as "
                                + "Authorization: Bearer TOKEN."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
