package org.madoguchi.mail.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.madoguchi.platform.config.Settings;

/**
 * Mail files under the data folder: every original as read ({@code mail/original/<hash>.eml}, the full text for
 * anyone who needs more than the trimmed message) and the kept attachments ({@code mail/attachments/<ticket>/}).
 */
@ApplicationScoped
public class MailFiles {

    @Inject
    Settings settings;

    private Path root() {
        return settings.dataDir().resolve("mail");
    }

    /** Stores the original (idempotent: the name is the content's hash); returns its path relative to the data folder. */
    public String keepOriginal(byte[] raw) {
        try {
            String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)) + ".eml";
            Path file = root().resolve("original").resolve(name.substring(0, 2)).resolve(name);
            write(file, raw);
            return settings.dataDir().relativize(file).toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] readOriginal(String relative) {
        try {
            return Files.readAllBytes(settings.dataDir().resolve(relative).normalize());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void keepAttachment(String ticketNumber, int index, String fileName, byte[] content) {
        write(root().resolve("attachments").resolve(ticketNumber).resolve(index + "-" + fileName), content);
    }

    private static void write(Path file, byte[] content) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".part", null);
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
