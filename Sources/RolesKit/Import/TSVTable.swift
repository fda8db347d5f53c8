import Foundation

/// A tab-separated text file with one header row, as O*NET publishes its database.
///
/// Fields are not quoted; a row must have exactly as many fields as the header.
struct TSVTable {
    let path: String
    let header: [String]
    /// The whole file.
    let bytes: [UInt8]

    init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError.unreadable(path: path, reason: "no such file or no permission")
        }
        bytes = [UInt8](data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw ImportError.unreadable(path: path, reason: "it is not UTF-8 text; save it as UTF-8")
        }
        let headerEnd = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
        var headerBytes = bytes[..<headerEnd]
        if headerBytes.last == UInt8(ascii: "\r") { headerBytes = headerBytes.dropLast() }
        // A byte-order mark some editors add.
        if headerBytes.starts(with: [0xEF, 0xBB, 0xBF]) { headerBytes = headerBytes.dropFirst(3) }
        header = headerBytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// The positions of the named columns, or an error naming the first one missing.
    func columns(_ names: [String]) throws -> [Int] {
        try names.map { name in
            guard let index = header.firstIndex(of: name) else {
                throw ImportError.missingColumn(path: path, column: name)
            }
            return index
        }
    }

    /// Calls `body` with each data row's line number (the header is line 1) and fields.
    func forEachRow(_ body: (_ line: Int, _ row: Row) throws -> Void) throws {
        var line = 1
        var start = (bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex)
        while start < bytes.endIndex {
            start += 1
            line += 1
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            var rowBytes = bytes[start..<end]
            if rowBytes.last == UInt8(ascii: "\r") { rowBytes = rowBytes.dropLast() }
            start = end
            if rowBytes.isEmpty { continue }
            let fields = rowBytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard fields.count == header.count else {
                throw ImportError.malformedRow(
                    path: path, line: line, column: min(fields.count, header.count) + 1,
                    message: "expected \(header.count) tab-separated fields as in the header, found \(fields.count); fix or remove the row.")
            }
            let row = Row(fields: fields)
            try body(line, row)
        }
    }

    /// The fields of one row, turned into strings only when read. The whole file was checked to be
    /// UTF-8 when it was opened.
    struct Row {
        let fields: [ArraySlice<UInt8>]

        /// The field at `column`, without surrounding spaces.
        subscript(_ column: Int) -> String {
            var field = fields[column]
            while let first = field.first, first == UInt8(ascii: " ") { field = field.dropFirst() }
            while let last = field.last, last == UInt8(ascii: " ") { field = field.dropLast() }
            return String(decoding: field, as: UTF8.self)
        }
    }
}
