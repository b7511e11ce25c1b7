package org.telerehab.e2e;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * admin1's one-time codes, as an authenticator app computes them (RFC 6238: HMAC-SHA1, 6 digits, 30 s). Keycloak
 * takes each code once, so a second login within the same 30 s waits for the next code.
 */
final class Totp {

    /** The raw secret of admin1's OTP credential in the local realm (local demo data). */
    private static final byte[] ADMIN1 = "telerehab-admin1-otp".getBytes(StandardCharsets.UTF_8);
    private static final long PERIOD_MS = 30_000;
    private static long lastStep = -1;

    private Totp() {
    }

    /** A code for admin1 that Keycloak has not seen yet. */
    static synchronized String admin1() {
        long step = System.currentTimeMillis() / PERIOD_MS;
        while (step <= lastStep) {
            try {
                Thread.sleep(PERIOD_MS - System.currentTimeMillis() % PERIOD_MS + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            step = System.currentTimeMillis() / PERIOD_MS;
        }
        lastStep = step;
        return code(ADMIN1, step);
    }

    static String code(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA1", e);
        }
    }
}
