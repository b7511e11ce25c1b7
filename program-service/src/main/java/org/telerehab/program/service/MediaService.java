package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.telerehab.kit.problem.Problem;
import org.telerehab.kit.problem.ProblemException;
import org.telerehab.kit.security.CurrentUser;
import org.telerehab.program.config.MediaConfig;
import org.telerehab.program.domain.CarePlan;
import org.telerehab.program.domain.Exercise;
import org.telerehab.program.domain.ExerciseMedia;
import org.telerehab.program.domain.MediaFormat;
import org.telerehab.program.repository.CarePlanRepository;
import org.telerehab.program.repository.ExerciseMediaRepository;
import org.telerehab.program.repository.ExerciseRepository;
import org.telerehab.program.repository.MediaObjects;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Pictures and videos of exercises: checked by their bytes, stored under a random key, served only to those who may
 * see them. A row is written only after its objects are stored, and the objects are removed if the row cannot be.
 */
@ApplicationScoped
public class MediaService {

    private static final Logger LOG = Logger.getLogger(MediaService.class);

    /** What is sent for a request: the original, or the phone copy when one was made. */
    public record Served(ExerciseMedia media, String key, long size, String sha256) {
    }

    private final ExerciseService library;
    private final ExerciseRepository exercises;
    private final ExerciseMediaRepository mediaRows;
    private final CarePlanRepository plans;
    private final MediaObjects objects;
    private final PhoneImages phoneImages;
    private final CurrentUser currentUser;
    private final MediaConfig config;
    private final Clock clock;

    MediaService(ExerciseService library, ExerciseRepository exercises, ExerciseMediaRepository mediaRows,
                 CarePlanRepository plans, MediaObjects objects, PhoneImages phoneImages, CurrentUser currentUser,
                 MediaConfig config, Clock clock) {
        this.library = library;
        this.exercises = exercises;
        this.mediaRows = mediaRows;
        this.plans = plans;
        this.objects = objects;
        this.phoneImages = phoneImages;
        this.currentUser = currentUser;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Checks and stores an upload (the request body, read once into a temporary file and never past the limit of its
     * type); answers the stored media, which the exercise's new version shows last.
     */
    public ExerciseMedia upload(UUID exerciseId, String declaredType, InputStream body, String caption) {
        library.get(exerciseId, null); // 404 before anything is read or stored
        MediaFormat format = MediaFormat.ofContentType(declaredType).orElseThrow(() -> unsupported(
                "Content-Type", "must be one of image/png, image/jpeg, image/webp, video/mp4, video/webm"));
        long limit = (format.isImage() ? config.imageMaxSize() : config.videoMaxSize()).asLongValue();
        Path file = null;
        try {
            file = Files.createTempFile("exercise-media-", ".upload");
            long size;
            try (InputStream limited = body; var out = Files.newOutputStream(file)) {
                size = limited.transferTo(new LimitedOutput(out, limit));
            } catch (LimitedOutput.Exceeded e) {
                throw new ProblemException(new Problem("payload-too-large", "Payload too large", 413,
                        (format.isImage() ? "An image" : "A video") + " may be at most " + limit + " bytes",
                        List.of(new Problem.FieldError("body", "larger than " + limit + " bytes"))));
            }
            if (size == 0) {
                throw ProblemException.invalid("body", "the file is empty");
            }
            return store(exerciseId, format, file, size, caption);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTemporary(file);
        }
    }

    private ExerciseMedia store(UUID exerciseId, MediaFormat format, Path file, long size, String caption) {
        Optional<MediaFormat> actual = MediaFormat.sniff(head(file));
        if (actual.isEmpty() || actual.get() != format) {
            throw unsupported("body", "the bytes are " + actual.map(f -> "a " + f.contentType() + " file")
                    .orElse("not a picture or video this service accepts") + ", not " + format.contentType());
        }
        Optional<byte[]> phoneCopy;
        try {
            phoneCopy = format.isImage() ? phoneImages.phoneCopy(file, format) : Optional.empty();
        } catch (PhoneImages.Unreadable e) {
            throw unsupported("body", e.getMessage());
        }

        ExerciseMedia media = new ExerciseMedia();
        media.id = UUID.randomUUID();
        media.exerciseId = exerciseId;
        media.contentType = format.contentType();
        media.sizeBytes = size;
        media.sha256 = sha256(file);
        media.objectKey = "exercise-media/" + UUID.randomUUID();
        media.caption = caption == null || caption.isBlank() ? null : caption.strip();
        media.createdAt = clock.instant();
        media.createdBy = currentUser.id();
        List<String> stored = new ArrayList<>();
        try {
            objects.put(media.objectKey, file, media.contentType);
            stored.add(media.objectKey);
            if (phoneCopy.isPresent()) {
                media.phoneObjectKey = media.objectKey + "-phone";
                media.phoneSizeBytes = (long) phoneCopy.get().length;
                media.phoneSha256 = HexFormat.of().formatHex(digest().digest(phoneCopy.get()));
                objects.put(media.phoneObjectKey, phoneCopy.get(), media.contentType);
                stored.add(media.phoneObjectKey);
            }
            library.addMedia(media);
            return media;
        } catch (MediaObjects.StoreUnavailable e) {
            LOG.warnf("an upload to exercise %s was refused: %s", exerciseId, e.getMessage());
            objects.deleteQuietly(stored);
            throw new ProblemException(new Problem("object-store-unavailable", "Service unavailable", 503,
                    "The picture or video could not be stored just now; nothing was kept. Please try again.", null));
        } catch (RuntimeException e) {
            objects.deleteQuietly(stored); // the row was not written: no object may stay behind without it
            throw e;
        }
    }

    /**
     * The media to send: to therapists and admins any, to a patient only what a version their current plan pins
     * shows (anything else, like a missing id, is 404).
     */
    @Transactional
    public Served find(UUID mediaId, boolean forPhone) {
        ExerciseMedia media = mediaRows.findByIdOptional(mediaId).orElseThrow(() -> ProblemException.notFound("Media"));
        if (currentUser.isPatient() && !inCurrentPlan(currentUser.id(), mediaId)) {
            throw ProblemException.notFound("Media");
        }
        if (forPhone && media.phoneObjectKey != null) {
            return new Served(media, media.phoneObjectKey, media.phoneSizeBytes, media.phoneSha256);
        }
        return new Served(media, media.objectKey, media.sizeBytes, media.sha256);
    }

    /** The bytes to send: all of them, or {@code first..last} (inclusive). */
    public InputStream open(Served served, Long first, Long last) {
        try {
            return objects.open(served.key(), first, last);
        } catch (MediaObjects.StoreUnavailable e) {
            LOG.warnf("media %s could not be read: %s", served.media().id, e.getMessage());
            throw new ProblemException(new Problem("object-store-unavailable", "Service unavailable", 503,
                    "The picture or video cannot be read just now. Please try again.", null));
        }
    }

    /** The rows of the media these exercise versions show, by id. */
    @Transactional
    public Map<UUID, ExerciseMedia> mediaOf(Collection<Exercise> versions) {
        List<UUID> ids = versions.stream().flatMap(e -> e.mediaIds.stream()).distinct().toList();
        return mediaRows.byIds(ids).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    private boolean inCurrentPlan(UUID patientId, UUID mediaId) {
        Optional<CarePlan> plan = plans.currentOf(patientId);
        return plan.isPresent() && plan.get().items.stream()
                .map(i -> exercises.version(i.exerciseId(), i.exerciseVersion()))
                .flatMap(Optional::stream)
                .anyMatch(e -> e.mediaIds.contains(mediaId));
    }

    private static ProblemException unsupported(String field, String message) {
        return new ProblemException(new Problem("unsupported-media-type", "Unsupported media type", 415,
                field + ": " + message, List.of(new Problem.FieldError(field, message))));
    }

    private static void deleteTemporary(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    /** Passes bytes on until there are more than the limit, then stops the copy. */
    private static final class LimitedOutput extends OutputStream {

        static final class Exceeded extends IOException {
            Exceeded() {
                super("limit exceeded", null);
            }
        }

        private final OutputStream out;
        private final long limit;
        private long written;

        LimitedOutput(OutputStream out, long limit) {
            this.out = out;
            this.limit = limit;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > limit) {
                throw new Exceeded();
            }
            out.write(b, off, len);
        }
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MediaFormat.SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        MessageDigest digest = digest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
