package org.telerehab.e2e;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.net.PfxOptions;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

import org.telerehab.tlskit.LocalCertificates;

import java.util.concurrent.TimeUnit;

/**
 * A TLS-terminating reverse proxy, as the cluster's ingress controller is: https on {@link #port()}, plain http to a
 * local backend, with {@code X-Forwarded-Proto}, {@code -Host}, {@code -Port} and {@code -For} set.
 */
final class TlsProxy implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    TlsProxy(LocalCertificates certificates, int backendPort) throws Exception {
        HttpClient client = vertx.createHttpClient();
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(backendPort, "localhost");
        proxy.addInterceptor(new ProxyInterceptor() {
            @Override
            public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
                var request = context.request().proxiedRequest();
                var headers = context.request().headers();
                headers.set("X-Forwarded-Proto", "https");
                headers.set("X-Forwarded-Host", request.authority().toString());
                headers.set("X-Forwarded-Port", String.valueOf(port()));
                headers.set("X-Forwarded-For", request.remoteAddress().hostAddress());
                return context.sendRequest();
            }
        });
        server = vertx.createHttpServer(new HttpServerOptions().setSsl(true).setKeyCertOptions(
                new PfxOptions().setPath(certificates.serverP12().toString()).setPassword(LocalCertificates.PASSWORD)))
                .requestHandler(proxy)
                .listen(0, "localhost").toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }

    int port() {
        return server.actualPort();
    }

    String url() {
        return "https://localhost:" + port();
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
    }
}
