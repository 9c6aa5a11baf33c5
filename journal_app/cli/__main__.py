import sys

from journal_app.cli.main import main

sys.exit(main())
