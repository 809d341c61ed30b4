package org.senrules.clients;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * The JDK's HTTP client, recording every answer's status, media type and bytes before the
 * generated client reads them, so each can be validated against the OpenAPI document exactly as
 * the service sent it. The generated client is given this through its {@code HttpClient.Builder}.
 */
final class Recording extends HttpClient {
    /** One answer as sent. */
    record Answer(String path, int status, String contentType, byte[] body) {
    }

    final List<Answer> answers = new ArrayList<>();
    private final HttpClient real = HttpClient.newBuilder().version(Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

    /** A builder whose {@code build()} is this client; the generated client asks for nothing else of it. */
    HttpClient.Builder builder() {
        Recording self = this;
        return new HttpClient.Builder() {
            @Override
            public Builder cookieHandler(CookieHandler cookieHandler) {
                return this;
            }

            @Override
            public Builder connectTimeout(Duration duration) {
                return this;
            }

            @Override
            public Builder sslContext(SSLContext sslContext) {
                return this;
            }

            @Override
            public Builder sslParameters(SSLParameters sslParameters) {
                return this;
            }

            @Override
            public Builder executor(Executor executor) {
                return this;
            }

            @Override
            public Builder followRedirects(Redirect policy) {
                return this;
            }

            @Override
            public Builder version(Version version) {
                return this;
            }

            @Override
            public Builder priority(int priority) {
                return this;
            }

            @Override
            public Builder proxy(ProxySelector proxySelector) {
                return this;
            }

            @Override
            public Builder authenticator(Authenticator authenticator) {
                return this;
            }

            @Override
            public HttpClient build() {
                return self;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = real.send(request, HttpResponse.BodyHandlers.ofByteArray());
        synchronized (answers) {
            answers.add(new Answer(request.uri().getPath(), r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body()));
        }
        // the generated client of the native library reads every answer as a stream
        InputStream body = new ByteArrayInputStream(r.body());
        return (HttpResponse<T>) new HttpResponse<InputStream>() {
            @Override
            public int statusCode() {
                return r.statusCode();
            }

            @Override
            public HttpRequest request() {
                return r.request();
            }

            @Override
            public Optional<HttpResponse<InputStream>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return r.headers();
            }

            @Override
            public InputStream body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return r.sslSession();
            }

            @Override
            public URI uri() {
                return r.uri();
            }

            @Override
            public Version version() {
                return r.version();
            }
        };
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("the tests call the generated client synchronously");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                                                            HttpResponse.PushPromiseHandler<T> push) {
        throw new UnsupportedOperationException("the tests call the generated client synchronously");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return real.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return real.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return real.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return real.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return real.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return real.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return real.authenticator();
    }

    @Override
    public Version version() {
        return real.version();
    }

    @Override
    public Optional<Executor> executor() {
        return real.executor();
    }
}
