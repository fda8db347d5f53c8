/// Why an index could not be read or written.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case missing(path: String)
    case notAnIndex(path: String, reason: String)
    case schemaMismatch(path: String, found: Int, expected: Int)
    case writeFailed(path: String, reason: String)
    /// Another file was renamed over the index while it was being opened or read.
    case replaced(path: String)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no index there; build one with `roles index build` (add `--onet DIR` for O*NET)."
        case .notAnIndex(let path, let reason):
            "\(path): not a readable roles index (\(reason)); build it again with `roles index build`."
        case .schemaMismatch(let path, let found, let expected):
            "\(path): index schema version \(found), but this roles reads version \(expected); run `roles index rebuild --index \(path)`."
        case .writeFailed(let path, let reason):
            "\(path): could not write the index (\(reason)); the previous index, if any, is unchanged."
        case .replaced(let path):
            "\(path): the index was replaced (rebuilt) while it was being read; run the command again."
        }
    }
}
