package org.telerehab.program.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.telerehab.program.config.MediaConfig;
import org.telerehab.program.domain.MediaFormat;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;

/**
 * Reads an uploaded PNG or JPEG with the JDK's decoders (a file that only starts like an image is refused here) and
 * makes the downscaled copy phones are sent. WebP has no decoder in the JDK: it is checked by its signature only and
 * phones get the original.
 */
@ApplicationScoped
public class PhoneImages {

    /** The image could not be decoded, or is larger in pixels than the service accepts. */
    public static class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private final int phoneWidth;
    private final long maxPixels;

    PhoneImages(MediaConfig config) {
        this.phoneWidth = config.phoneWidth();
        this.maxPixels = config.maxPixels();
    }

    /** The phone copy's bytes in the original's format; empty when the image is already narrow enough (or WebP). */
    public Optional<byte[]> phoneCopy(Path file, MediaFormat format) throws Unreadable {
        if (format == MediaFormat.WEBP) {
            return Optional.empty();
        }
        BufferedImage image = decode(file, format);
        if (image.getWidth() <= phoneWidth) {
            return Optional.empty();
        }
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * phoneWidth / image.getWidth()));
        boolean alpha = format == MediaFormat.PNG && image.getColorModel().hasAlpha();
        BufferedImage small = new BufferedImage(phoneWidth, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, phoneWidth, height, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, format == MediaFormat.PNG ? "png" : "jpeg", out);
        } catch (IOException e) {
            throw new IllegalStateException("could not encode a phone copy", e);
        }
        return Optional.of(out.toByteArray());
    }

    /** Decodes after checking the declared size in pixels, so a decompression bomb is refused unread. */
    private BufferedImage decode(Path file, MediaFormat format) throws Unreadable {
        String name = format == MediaFormat.PNG ? "PNG" : "JPEG";
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Unreadable("The file is not a readable " + name + " image");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new Unreadable("The image has " + pixels + " pixels; at most " + maxPixels + " are accepted");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("The file is not a readable " + name + " image");
        }
    }
}
