package org.telerehab.program.rest;

import io.restassured.response.Response;
import org.telerehab.testsupport.TestTokens;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Files a therapist might upload (real images drawn here; video headers as the formats define them). */
final class MediaSamples {

    private MediaSamples() {
    }

    static byte[] png(int width, int height) {
        return image(width, height, "png", BufferedImage.TYPE_INT_ARGB);
    }

    static byte[] jpeg(int width, int height) {
        return image(width, height, "jpeg", BufferedImage.TYPE_INT_RGB);
    }

    /** The start of an MP4 (ISO base media: an ftyp box, brand isom), padded to {@code size} bytes. */
    static byte[] mp4(int size) {
        byte[] head = "\0\0\0\u0018ftypisom\0\0\u0002\0isomiso2".getBytes(StandardCharsets.ISO_8859_1);
        return Arrays.copyOf(head, Math.max(size, head.length));
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>fetch('/api/patients')</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    static int widthOf(byte[] image) {
        try {
            return ImageIO.read(new ByteArrayInputStream(image)).getWidth();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh exercise of the therapist's, so each test's uploads touch no other test's library. */
    static String newExercise(String therapistToken) {
        return given().auth().oauth2(therapistToken).contentType("application/json")
                .body(ProgramFixtures.exercise("Wall sit " + UUID.randomUUID())).when().post("/api/exercises")
                .then().statusCode(201).extract().path("id");
    }

    static Response upload(String therapistToken, String exerciseId, String contentType, byte[] body, String caption) {
        var request = given().auth().oauth2(therapistToken).contentType(contentType).body(body);
        if (caption != null) {
            request.queryParam("caption", caption);
        }
        return request.when().post("/api/exercises/{id}/media", exerciseId);
    }

    static String therapist() {
        return TestTokens.therapist(UUID.randomUUID());
    }

    private static byte[] image(int width, int height, String format, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.DARK_GRAY);
        g.drawLine(0, 0, width - 1, height - 1);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
