package ir.khabar.app.store;

import java.sql.SQLException;

/** The database failed (it is unreachable, or a statement was refused). */
public final class StoreException extends RuntimeException {
  StoreException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
