import Foundation
import Hummingbird
import NIOCore
import RolesKit

/// JSON response bodies: the documents the command line prints with `--json`, from the same types and
/// encoder settings, without the indentation (a program reads them; a third of the bytes go).
enum JSONBody {
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        var data = try CompactJSON.encode(value)
        data.append(UInt8(ascii: "\n"))
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
