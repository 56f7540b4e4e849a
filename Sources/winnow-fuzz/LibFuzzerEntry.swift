#if WINNOW_FUZZ
    /// libFuzzer's entry point; libFuzzer supplies `main` (build with `-parse-as-library`).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzTestOneInput(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        let data = start.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
        _ = FuzzCase(data).run()
        return 0
    }
#endif
