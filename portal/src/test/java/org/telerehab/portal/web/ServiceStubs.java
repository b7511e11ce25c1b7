package org.telerehab.portal.web;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * One WireMock server standing in for intake-, program- and progress-service, so a page test controls what the
 * services answer and reads what the portal sent them. A test gets it in a field marked {@link Services}.
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Services {
    }

    private WireMockServer services;

    @Override
    public Map<String, String> start() {
        services = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        services.start();
        String url = services.baseUrl();
        return Map.of("quarkus.rest-client.intake.url", url, "quarkus.rest-client.program.url", url,
                "quarkus.rest-client.progress.url", url, "quarkus.rest-client.registry.url", url);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(services,
                new TestInjector.AnnotatedAndMatchesType(Services.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (services != null) {
            services.stop();
        }
    }
}
