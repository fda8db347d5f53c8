import Foundation

/// A tab-separated text file with one header row, as O*NET publishes its database.
///
/// Fields are not quoted; a row must have exactly as many fields as the header.
struct TSVTable {
    let path: String
    let header: [String]
    private let bytes: [UInt8]

    init(path: String) throws {
        self.path = path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ImportError.unreadable(path: path, reason: "no such file or no permission")
        }
        bytes = [UInt8](data)
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
            guard let row = Row(fields: fields) else {
                throw ImportError.malformedRow(
                    path: path, line: line, column: 1, message: "not valid UTF-8 text; save the file as UTF-8.")
            }
            try body(line, row)
        }
    }

    struct Row {
        let fields: [String]

        init?(fields: [ArraySlice<UInt8>]) {
            var strings: [String] = []
            strings.reserveCapacity(fields.count)
            for field in fields {
                guard let string = String(validating: field, as: UTF8.self) else { return nil }
                strings.append(string.trimmingCharacters(in: .whitespaces))
            }
            self.fields = strings
        }

        subscript(_ column: Int) -> String { fields[column] }
    }
}
