import WinnowCLI

WinnowCommand.main()
