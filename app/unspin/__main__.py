from unspin.cli import main

raise SystemExit(main())
