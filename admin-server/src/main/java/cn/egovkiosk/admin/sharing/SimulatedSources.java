package cn.egovkiosk.admin.sharing;

import cn.egovkiosk.protocol.catalog.DataSource;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * The five simulated sources, one bean each, as real adapters would be. A real adapter for a source is another
 * {@link SharedDataSource} bean with a higher precedence: {@link DataSharing} takes the first bean per source.
 */
@Configuration(proxyBeanMethods = false)
class SimulatedSources {

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SharedDataSource simulatedSocialInsurance() {
        return new SimulatedSource(DataSource.SOCIAL_INSURANCE);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SharedDataSource simulatedHousingFund() {
        return new SimulatedSource(DataSource.HOUSING_FUND);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SharedDataSource simulatedHouseholdRegister() {
        return new SimulatedSource(DataSource.HOUSEHOLD_REGISTER);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SharedDataSource simulatedRealEstate() {
        return new SimulatedSource(DataSource.REAL_ESTATE);
    }

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SharedDataSource simulatedMarriageRecord() {
        return new SimulatedSource(DataSource.MARRIAGE_RECORD);
    }

    /** One simulated source. */
    record SimulatedSource(DataSource source) implements SharedDataSource {

        @Override
        public Optional<SharedRecord> lookUp(String idNumber, String purpose) {
            return SimulatedSharedData.record(source, idNumber);
        }
    }
}
