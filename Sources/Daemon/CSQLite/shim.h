// The system SQLite (Debian: libsqlite3-dev), imported into Swift as the module CSQLite.
#include <sqlite3.h>
