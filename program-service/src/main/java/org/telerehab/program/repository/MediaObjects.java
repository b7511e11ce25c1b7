package org.telerehab.program.repository;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.telerehab.program.config.ObjectStoreConfig;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The bytes of exercise media in the S3-compatible object store: the service's one store besides its database, and
 * its one S3 client (connecting on first use, not at start-up). Objects are written once under a random key and
 * never changed; a failure surfaces as {@link StoreUnavailable}.
 */
@ApplicationScoped
public class MediaObjects {

    private static final Logger LOG = Logger.getLogger(MediaObjects.class);

    /** The object store did not answer or refused: the caller answers 503 and keeps nothing. */
    public static class StoreUnavailable extends RuntimeException {
        StoreUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final S3Client s3;
    private final ObjectStoreConfig config;
    private final AtomicBoolean bucketChecked = new AtomicBoolean();

    MediaObjects(ObjectStoreConfig config) {
        this.config = config;
        var builder = S3Client.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(config.accessKey(), config.secretKey())))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(config.pathStyle()).build())
                // checksums only where S3 requires them: the SDK's default trailing checksums (aws-chunked bodies)
                // are not understood by every S3-compatible store (S3Proxy among them); the ETag is our own SHA-256
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60))
                        .build());
        config.endpoint().ifPresent(builder::endpointOverride);
        this.s3 = builder.build();
    }

    @PreDestroy
    void close() {
        s3.close();
    }

    public void put(String key, Path file, String contentType) {
        ensureBucket();
        call(() -> s3.putObject(b -> b.bucket(config.bucket()).key(key).contentType(contentType),
                RequestBody.fromFile(file)), "store " + key);
    }

    public void put(String key, byte[] bytes, String contentType) {
        ensureBucket();
        call(() -> s3.putObject(b -> b.bucket(config.bucket()).key(key).contentType(contentType),
                RequestBody.fromBytes(bytes)), "store " + key);
    }

    /** The object, or the bytes {@code first..last} of it (inclusive) when a range is given. */
    public ResponseInputStream<GetObjectResponse> open(String key, Long first, Long last) {
        return call(() -> s3.getObject(b -> {
            b.bucket(config.bucket()).key(key);
            if (first != null) {
                b.range("bytes=" + first + "-" + last);
            }
        }), "read " + key);
    }

    /** Removes objects, best effort: what cannot be removed now is logged (an object no row names is never served). */
    public void deleteQuietly(List<String> keys) {
        for (String key : keys) {
            try {
                s3.deleteObject(b -> b.bucket(config.bucket()).key(key));
            } catch (SdkException e) {
                LOG.warnf("could not remove the unreferenced media object %s: %s", key, e.getMessage());
            }
        }
    }

    /**
     * Every key in the bucket (tests and maintenance: finding objects no row names); none while the bucket is not
     * made yet (it is made on the first upload).
     */
    public List<String> keys() {
        return call(() -> {
            try {
                // a file-system store (S3Proxy) lists its folders as keys ending in "/": never an object of ours
                return s3.listObjectsV2Paginator(b -> b.bucket(config.bucket())).contents().stream()
                        .map(o -> o.key()).filter(key -> !key.endsWith("/")).toList();
            } catch (NoSuchBucketException notYet) {
                return List.of();
            }
        }, "list the bucket");
    }

    /** Makes the bucket on first use; two uploads at once (or two replicas) make it once and both go on. */
    private synchronized void ensureBucket() {
        if (!config.createBucket() || bucketChecked.get()) {
            return;
        }
        call(() -> {
            try {
                s3.headBucket(b -> b.bucket(config.bucket()));
            } catch (NoSuchBucketException e) {
                try {
                    s3.createBucket(b -> b.bucket(config.bucket()));
                } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException madeMeanwhile) {
                    // another replica made it between our look and our make
                }
            }
            return null;
        }, "create the bucket " + config.bucket());
        bucketChecked.set(true);
    }

    private interface StoreCall<T> {
        T run();
    }

    private static <T> T call(StoreCall<T> call, String what) {
        try {
            return call.run();
        } catch (SdkException e) {
            throw new StoreUnavailable("The object store could not " + what + ": " + e.getMessage(), e);
        }
    }
}
