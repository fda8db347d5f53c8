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
    private var buffer: [UInt8] = []
    private var start = 0
    /// Where to go on looking for a line break: the bytes before it have none.
    private var scanned = 0
    private var atEnd = false

    /// Bytes read from the handle at a time.
    static let chunkSize = 1 << 18

    public init(handle: FileHandle, limit: Int = TextInput.maxBytes) {
        self.handle = handle
        self.limit = limit
    }

    /// The next line without its line break, or nil at the end of input.
    public mutating func next() throws -> Line? {
        var skipping = false
        while true {
            if let newline = newline(from: max(start, scanned)) {
                let lineStart = start
                start = newline + 1
                scanned = start
                if skipping || newline - lineStart > limit {
                    compact()
                    return .tooLong
                }
                var end = newline
                if end > lineStart && buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
                let text = Data(buffer[lineStart..<end])
                compact()
                return .text(text)
            }
            scanned = buffer.count
            if buffer.count - start > limit {
                // Drop what is buffered of an over-long line and keep reading to its end.
                skipping = true
                buffer.removeAll(keepingCapacity: true)
                start = 0
                scanned = 0
            }
            if atEnd {
                guard start < buffer.count else { return skipping ? .tooLong : nil }
                if buffer.count - start > limit { skipping = true }
                let line = Data(buffer[start...])
                buffer.removeAll()
                start = 0
                scanned = 0
                return skipping ? .tooLong : .text(line)
            }
            let chunk = try handle.read(upToCount: Self.chunkSize) ?? Data()
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }

    /// The index of the first line break at or after `from`.
    private func newline(from: Int) -> Int? {
        guard from < buffer.count else { return nil }
        return buffer.withUnsafeBufferPointer { bytes -> Int? in
            guard let found = memchr(bytes.baseAddress! + from, 0x0A, bytes.count - from) else { return nil }
            return UnsafeRawPointer(found) - UnsafeRawPointer(bytes.baseAddress!)
        }
    }

    private mutating func compact() {
        if start > Self.chunkSize {
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
    }
}
