package org.hpms.clinical.application;

import org.hpms.shared.files.FileKind;

/** An opened document: its bytes, type and a safe download name. */
public record DocumentFile(String title, String contentType, byte[] content) {

    public String fileName() {
        String base = title.replaceAll("[^\\p{L}\\p{N} ._-]", "_").strip();
        String extension = FileKind.ofMediaType(contentType).map(FileKind::getExtension).orElse("bin");
        return (base.isEmpty() ? "document" : base) + "." + extension;
    }
}
