package cn.egovkiosk.admin.catalog.model;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalog model's storage on the application's database. */
@Configuration(proxyBeanMethods = false)
class CatalogModelConfiguration {

    @Bean
    CatalogReader catalogReader(JdbcClient jdbc) {
        return new CatalogReader(jdbc);
    }

    @Bean
    CatalogWriter catalogWriter(JdbcClient jdbc) {
        return new CatalogWriter(jdbc);
    }
}
