import Foundation

/// Reads lines from a file handle in bounded memory: a line longer than `limit` bytes is skipped to its
/// end and reported as `.tooLong`, never held whole.
public struct LineReader {
    public enum Line: Equatable {
        case text(Data)
        case tooLong
    }

    let handle: FileHandle
    let limit: Int
    private var buffer = Data()
    private var start = 0
    private var atEnd = false

    public init(handle: FileHandle, limit: Int = TextInput.maxBytes) {
        self.handle = handle
        self.limit = limit
    }

    /// The next line without its line break, or nil at the end of input.
    public mutating func next() throws -> Line? {
        var skipping = false
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                compact()
                if skipping { return .tooLong }
                var text = Data(line)
                if text.last == UInt8(ascii: "\r") { text.removeLast() }
                return .text(text)
            }
            if buffer.count - start > limit {
                // Drop what is buffered of an over-long line and keep reading to its end.
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
            }
            if atEnd {
                guard start < buffer.count else { return skipping ? .tooLong : nil }
                let line = Data(buffer[start...])
                buffer.removeAll()
                start = 0
                return skipping ? .tooLong : .text(line)
            }
            let chunk = try handle.read(upToCount: 1 << 16) ?? Data()
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }

    private mutating func compact() {
        if start > 1 << 16 {
            buffer.removeSubrange(buffer.startIndex..<start)
            start = buffer.startIndex
        }
    }
}
