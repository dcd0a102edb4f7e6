package io.conversa.receivables.internal;

import java.io.IOException;

/** An uploaded file went past the size the import accepts. */
public class FileTooLargeException extends IOException {

    public FileTooLargeException(long limit) {
        super("File larger than " + limit + " bytes");
    }
}
