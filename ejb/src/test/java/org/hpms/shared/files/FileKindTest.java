package org.hpms.shared.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileKindTest {

    @Test
    void recognisesFilesByTheirFirstBytes() {
        assertEquals(Optional.of(FileKind.PDF), FileKind.of("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileKind.PNG), FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}));
        assertEquals(Optional.of(FileKind.JPEG), FileKind.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    }

    @Test
    void refusesWhatItDoesNotKnowWhateverItIsCalled() {
        assertTrue(FileKind.of("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());
        assertTrue(FileKind.of("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)).isEmpty());
        assertTrue(FileKind.of(new byte[] {'%', 'P'}).isEmpty(), "shorter than the signature");
        assertTrue(FileKind.of(null).isEmpty());
    }

    @Test
    void mapsMediaTypes() {
        assertEquals(Optional.of(FileKind.JPEG), FileKind.ofMediaType("IMAGE/JPEG"));
        assertTrue(FileKind.ofMediaType("application/x-msdownload").isEmpty());
        assertTrue(FileKind.PNG.isImage());
        assertEquals("pdf", FileKind.PDF.getExtension());
    }
}
