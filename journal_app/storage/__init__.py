"""The vault (keys, unlock, recovery), the SQLCipher store, migrations, backups."""
