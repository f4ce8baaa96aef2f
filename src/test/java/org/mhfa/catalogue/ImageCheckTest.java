package org.mhfa.catalogue;

import org.mhfa.testing.TestImages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks an image passes before it joins a course: real content of an accepted format, complete, small enough, safe SVG. */
class ImageCheckTest {

    private static final long MB = 1024 * 1024;

    static byte[] image(String format, int width, int height) {
        return TestImages.image(format, width, height);
    }

    static byte[] webp(int width, int height) {
        return TestImages.webp(width, height);
    }

    @Test
    void lossyAndExtendedWebpHeadersGiveTheirCanvas() {
        byte[] lossy = webpChunk("VP8 ");
        lossy[23] = (byte) 0x9D;
        lossy[24] = 0x01;
        lossy[25] = 0x2A;
        lossy[26] = (byte) (640 & 0xFF);
        lossy[27] = (byte) (640 >> 8 | 0x40);
        lossy[28] = (byte) (480 & 0xFF);
        lossy[29] = (byte) (480 >> 8);
        assertEquals(new ImageCheck.Checked(ImageFormat.WEBP, 640, 480), ImageCheck.check("photo.webp", lossy, MB),
                "the scale bits above the 14 of the width are not part of it");
        byte[] extended = webpChunk("VP8X");
        int width = 5000 - 1;
        int height = 70 - 1;
        extended[24] = (byte) width;
        extended[25] = (byte) (width >> 8);
        extended[26] = (byte) (width >> 16);
        extended[27] = (byte) height;
        extended[28] = (byte) (height >> 8);
        extended[29] = (byte) (height >> 16);
        assertEquals(new ImageCheck.Checked(ImageFormat.WEBP, 5000, 70), ImageCheck.check("banner.webp", extended, MB));
        extended[26] = 0x01;
        assertTrue(refusal("huge.webp", extended).contains("at most 10000 pixels"), "a canvas wider than 65,535 is read whole");
    }

    @Test
    void theValidatorReadsTheSizeOfEachFormatAndNothingOfAMisnamedOrUnsafeFile() {
        assertEquals(List.of(64, 48), ImageCheck.size("chart.png", image("png", 64, 48)).map(ImageCheckTest::list).orElseThrow());
        assertEquals(List.of(300, 200), ImageCheck.size("photo.webp", webp(300, 200)).map(ImageCheckTest::list).orElseThrow());
        assertEquals(List.of(120, 80), ImageCheck.size("steps.svg", "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 120 80'/>"
                .getBytes(StandardCharsets.UTF_8)).map(ImageCheckTest::list).orElseThrow());
        assertTrue(ImageCheck.size("chart.jpg", image("png", 64, 48)).isEmpty(), "a PNG named .jpg has no size to give");
        assertTrue(ImageCheck.size("notes.txt", image("png", 64, 48)).isEmpty());
        assertTrue(ImageCheck.size("bad.svg", "<svg onload='x()'/>".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    /** A 40-byte WebP whose first chunk is {@code fourcc}, its RIFF length right, the rest zero. */
    private static byte[] webpChunk(String fourcc) {
        byte[] bytes = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        bytes[4] = (byte) (bytes.length - 8);
        System.arraycopy(("WEBP" + fourcc).getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        bytes[16] = (byte) (bytes.length - 20);
        return bytes;
    }

    private static List<Integer> list(int[] size) {
        return List.of(size[0], size[1]);
    }

    private static String refusal(String name, byte[] bytes) {
        return assertThrows(ImageCheck.RefusedException.class, () -> ImageCheck.check(name, bytes, MB)).getMessage();
    }

    private static String svgRefusal(String svg) {
        return refusal("drawing.svg", svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void eachFormatIsAcceptedWithItsSize() {
        assertEquals(new ImageCheck.Checked(ImageFormat.PNG, 64, 48), ImageCheck.check("chart.png", image("png", 64, 48), MB));
        assertEquals(new ImageCheck.Checked(ImageFormat.JPEG, 30, 20), ImageCheck.check("photo.jpg", image("jpg", 30, 20), MB));
        assertEquals(new ImageCheck.Checked(ImageFormat.JPEG, 30, 20), ImageCheck.check("photo.JPEG", image("jpg", 30, 20), MB));
        assertEquals(new ImageCheck.Checked(ImageFormat.WEBP, 300, 200), ImageCheck.check("photo.webp", webp(300, 200), MB));
        String svg = "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' viewBox='0 0 120 80'>"
                + "<title>Steps</title><defs><linearGradient id='g'><stop offset='0' stop-color='#fff'/></linearGradient>"
                + "<circle id='c' cx='5' cy='5' r='4'/></defs><rect width='10' height='10' fill='url(#g)' style='stroke: black'/>"
                + "<use xlink:href='#c' x='20'/><text x='1' y='30'>Ask</text></svg>";
        assertEquals(new ImageCheck.Checked(ImageFormat.SVG, 120, 80), ImageCheck.check("steps.svg", svg.getBytes(StandardCharsets.UTF_8), MB));
    }

    @Test
    void aPngNamedJpgIsRefusedWithTheRightName() {
        assertEquals("'photo.jpg' holds a PNG image, not a JPEG one: name it 'photo.png'.", refusal("photo.jpg", image("png", 4, 4)));
    }

    @Test
    void otherContentAndOtherNamesAreRefused() {
        assertTrue(refusal("chart.png", "<html>hello</html>".getBytes(StandardCharsets.UTF_8)).contains("is not a PNG, JPEG or WebP"));
        assertTrue(refusal("anim.gif", image("png", 4, 4)).contains("ends in .png, .jpg, .jpeg, .webp or .svg"));
        assertEquals("'empty.png' is empty.", refusal("empty.png", new byte[0]));
    }

    @Test
    void aTruncatedFileIsRefused() {
        byte[] png = image("png", 64, 48);
        byte[] jpg = image("jpg", 64, 48);
        byte[] webp = webp(10, 10);
        for (var cut : new Object[][] {{"a.png", png}, {"a.jpg", jpg}, {"a.webp", webp}}) {
            byte[] bytes = (byte[]) cut[1];
            String message = refusal((String) cut[0], Arrays.copyOf(bytes, bytes.length - 5));
            assertTrue(message.contains("is damaged or cut short"), message);
        }
    }

    @Test
    void anImageOverTheLimitIsRefusedSayingBothSizes() {
        byte[] png = image("png", 64, 48);
        String message = assertThrows(ImageCheck.RefusedException.class, () -> ImageCheck.check("big.png", png, png.length - 1)).getMessage();
        assertTrue(message.startsWith("'big.png' is 1 KB; an image may be at most 1 KB"), message);
        byte[] large = Arrays.copyOf(png, (int) (1.5 * MB));
        assertTrue(refusal("big.png", large).startsWith("'big.png' is 1.5 MB; an image may be at most 1 MB"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'><rect width='1' height='1'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><a xlink:href='javascript:alert(1)'><rect width='1' height='1'/></a></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><use xlink:href='javascript:alert(1)'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><image xlink:href='https://evil.example/x.png'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'><use href='https://evil.example/sprites.svg#a'/></svg>",
        "<!DOCTYPE svg [<!ENTITY xxe SYSTEM 'file:///etc/passwd'>]><svg xmlns='http://www.w3.org/2000/svg'><text>&xxe;</text></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'><foreignObject><div xmlns='http://www.w3.org/1999/xhtml'>hi</div></foreignObject></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'><style>@import url(https://evil.example/a.css);</style></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'><rect width='1' height='1' fill='url(https://evil.example/p.svg#x)'/></svg>",
        "<svg xmlns='http://www.w3.org/2000/svg'><rect width='1' height='1' style='background: url(https://evil.example/t)'/></svg>",
        "<?xml-stylesheet href='https://evil.example/a.css'?><svg xmlns='http://www.w3.org/2000/svg'/>",
        "<html><body>not an svg</body></html>",
        "<svg xmlns='http://www.w3.org/2000/svg'><rect",
    })
    void aMaliciousOrBrokenSvgIsRefused(String svg) {
        String message = svgRefusal(svg);
        assertTrue(message.startsWith("'drawing.svg' "), message);
    }

    @Test
    void svgRefusalsSayWhatIsWrong() {
        assertTrue(svgRefusal("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>").contains("<script> element"));
        assertTrue(svgRefusal("<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>").contains("event handler"));
        assertTrue(svgRefusal("<!DOCTYPE svg [<!ENTITY x 'y'>]><svg xmlns='http://www.w3.org/2000/svg'/>").contains("DOCTYPE"));
        assertTrue(svgRefusal("<svg xmlns='http://www.w3.org/2000/svg'><use href='https://evil.example/a.svg#a'/></svg>")
                .contains("may refer only to a part of itself"));
    }

    @Test
    void theValidatorReadsSizesWithoutRefusing() {
        assertEquals(64, ImageCheck.size("a.png", image("png", 64, 48)).orElseThrow()[0]);
        assertTrue(ImageCheck.size("a.png", "not really a picture".getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertTrue(ImageCheck.size("a.svg", "<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>".getBytes(StandardCharsets.UTF_8)).isEmpty());
    }
}
