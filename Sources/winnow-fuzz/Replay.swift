#if !WINNOW_FUZZ
    import Foundation

    /// `winnow-fuzz FILE...`: replays fuzz inputs (crash files, corpus entries) one line per file,
    /// in a plain build, so a crash the fuzzer found can be stepped through in a debugger.
    @main
    struct Replay {
        static func main() {
            let paths = CommandLine.arguments.dropFirst()
            guard !paths.isEmpty else {
                FileHandle.standardError.write(Data("usage: winnow-fuzz FILE...\n".utf8))
                exit(64)
            }
            var failed = false
            for path in paths {
                guard let data = FileManager.default.contents(atPath: path) else {
                    FileHandle.standardError.write(Data("\(path): cannot read\n".utf8))
                    failed = true
                    continue
                }
                print("\(path): \(FuzzCase(Array(data)).run())")
            }
            exit(failed ? 1 : 0)
        }
    }
#endif
