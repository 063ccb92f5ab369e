package com.coinop.bootstrap.account;

import com.coinop.application.account.port.in.GetUserProfileUseCase;
import com.coinop.application.account.port.out.LoadUserProfilePort;
import com.coinop.application.account.service.GetUserProfileService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Builds the account use cases: the user's profile and balance. Use cases carry no framework annotation. */
@Configuration(proxyBeanMethods = false)
class AccountUseCases {

    @Bean
    GetUserProfileUseCase getUserProfileUseCase(LoadUserProfilePort profiles) {
        return new GetUserProfileService(profiles);
    }
}
