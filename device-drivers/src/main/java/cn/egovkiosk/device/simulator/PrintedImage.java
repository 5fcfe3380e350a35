package cn.egovkiosk.device.simulator;

import java.awt.image.BufferedImage;

/**
 * A raster image (GS v 0) as a printer received it: one bit a dot, rows of {@code widthBytes} bytes, most significant
 * bit leftmost.
 */
public record PrintedImage(int widthBytes, int height, byte[] bits) {

    public PrintedImage {
        bits = bits.clone();
    }

    @Override
    public byte[] bits() {
        return bits.clone();
    }

    /** The image as the paper would show it, black dots on white, with a white border for decoders. */
    public BufferedImage toImage(int border) {
        int width = widthBytes * 8;
        BufferedImage image = new BufferedImage(width + 2 * border, height + 2 * border, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if ((bits[y * widthBytes + x / 8] & (0x80 >>> (x % 8))) != 0) {
                    image.setRGB(x + border, y + border, 0);
                }
            }
        }
        return image;
    }

    /** How many dots are black: an empty image (nothing drawn) has none. */
    public int blackDots() {
        int count = 0;
        for (byte b : bits) {
            count += Integer.bitCount(b & 0xFF);
        }
        return count;
    }

    @Override
    public String toString() {
        return "PrintedImage[" + widthBytes * 8 + "x" + height + "]";
    }
}
