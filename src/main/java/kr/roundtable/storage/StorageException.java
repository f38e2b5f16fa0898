package kr.roundtable.storage;

/** A database operation failed; the transaction it ran in was rolled back. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
