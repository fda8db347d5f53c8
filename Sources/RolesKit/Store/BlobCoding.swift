import Foundation
import RolesCore

/// Packs sparse vectors into SQLite blobs: the count of entries n, then n little-endian UInt32 indices,
/// then n little-endian Float32 values. Measured on the O*NET index, this is about half the size of
/// dense Float32 rows of the top terms and needs no decompression on the read path.
enum BlobCoding {
    static func encode(_ vector: SparseVector) -> Data {
        var bytes: [UInt8] = []
        encode(vector, into: &bytes)
        return Data(bytes)
    }

    /// Replaces the contents of `bytes` with the encoding of `vector`.
    static func encode(_ vector: SparseVector, into bytes: inout [UInt8]) {
        let count = vector.indices.count
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: repeatElement(0, count: 4 + count * 8))
        bytes.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: UInt32(count).littleEndian, toByteOffset: 0, as: UInt32.self)
            vector.indices.withUnsafeBufferPointer { indices in
                vector.values.withUnsafeBufferPointer { values in
                    for i in 0..<count {
                        raw.storeBytes(of: UInt32(bitPattern: indices[i]).littleEndian, toByteOffset: 4 + 4 * i, as: UInt32.self)
                        raw.storeBytes(of: values[i].bitPattern.littleEndian, toByteOffset: 4 + 4 * count + 4 * i, as: UInt32.self)
                    }
                }
            }
        }
    }

    /// Decodes a blob written by `encode`, or nil when its length does not match its count or an index is
    /// not below `limit`.
    static func decode(_ data: Data, limit: Int32 = .max) -> SparseVector? {
        var indices: [Int32] = [], values: [Float] = []
        let decoded = data.withUnsafeBytes { append($0, limit: limit, indices: &indices, values: &values) }
        return decoded ? SparseVector(indices: indices, values: values) : nil
    }

    /// Appends the entries of a blob written by `encode` to flat lists; false, appending nothing, when its
    /// length does not match its count or an index is not below `limit`.
    static func append(_ raw: UnsafeRawBufferPointer, limit: Int32 = .max, indices: inout [Int32], values: inout [Float]) -> Bool {
        guard raw.count >= 4 else { return false }
        let count = Int(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
        guard raw.count == 4 + count * 8 else { return false }
        let start = indices.count
        // Appending grows the lists geometrically; reserving the exact size here, blob after blob, would copy
        // the whole list at every call.
        var valid = true
        for i in 0..<count {
            let index = Int32(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 + 4 * i, as: UInt32.self)))
            if index < 0 || index >= limit { valid = false }
            indices.append(index)
            values.append(Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 + 4 * count + 4 * i, as: UInt32.self))))
        }
        if !valid {
            indices.removeSubrange(start...)
            values.removeSubrange(start...)
        }
        return valid
    }
}
