package io.conversa.sandbox.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A small PNG that looks like a photographed payment receipt (shapes only, no fonts, so it renders on a headless
 * server), for trying image messages without a file at hand.
 */
public final class SampleImage {

    public static final String MIME_TYPE = "image/png";
    private static final int WIDTH = 320;
    private static final int HEIGHT = 220;

    private SampleImage() {}

    public static byte[] receipt() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0xEE, 0xF1, 0xF5));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.WHITE);
            g.fillRoundRect(40, 16, 240, 188, 12, 12);
            g.setColor(new Color(0x0E, 0x7C, 0x6B));
            g.fillRect(40, 16, 240, 36);
            drawLines(g);
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static void drawLines(Graphics2D g) {
        g.setColor(new Color(0xCD, 0xD5, 0xDF));
        for (int y = 72; y <= 144; y += 18) {
            g.fillRect(60, y, 120, 8);
            g.fillRect(210, y, 50, 8);
        }
        g.setColor(new Color(0x25, 0xD3, 0x66));
        g.fillOval(136, 160, 32, 32);
    }

    private static byte[] png(BufferedImage image) {
        try (var out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
