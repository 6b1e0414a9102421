import Foundation
import Hummingbird
import LoopbackSupport
import MatrixServer
import OpenAPIHummingbird
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A spec's `Integer` is ZStack's Java `int`: wherever it stands in a request body, at the top, in a list or map, or in a
/// named type (which the server decodes with the client's own types), a number beyond 32 bits is refused with 400 and
/// an error code, and the largest and smallest 32-bit numbers, a 64-bit `Long` and a timestamp beside them pass.
@Suite("Integer ranges anywhere in a request body")
struct IntegerRangeTests {
    @Test(
        "A number beyond 32 bits for an Integer gets 400 naming where it is",
        arguments: [
            ("item", #"{"echoItem": {"value": {"count": 2147483648}}}"#, "echoItem.value.count", "2147483648"),
            (
                "list-of-item", #"{"echoListOfItem": {"value": []}, "outsideValue": [{"count": 1}, {"count": -2147483649}]}"#,
                "outsideValue[1].count", "-2147483649"
            ),
            ("map-of-item", #"{"echoMapOfItem": {"value": {"a": {"name": "a", "count": 4294967296}}}}"#, "echoMapOfItem.value.a.count", "4294967296"),
            ("list-of-list-of-integer", #"{"echoListOfListOfInteger": {"value": [[1], [2, 2147483648]]}}"#, "echoListOfListOfInteger.value[1][1]", "2147483648"),
            ("integer/1", #"{"echoInteger": {"value": 9007199254740993}}"#, "echoInteger.value", "9007199254740993"),
        ]
    )
    func outOfRange(endpoint: String, body: String, path: String, number: String) async throws {
        let reply = try await put(body, to: endpoint)
        #expect(reply.status == 400, "\(String(decoding: reply.body, as: UTF8.self))")
        let error = try #require(reply.json["error"] as? [String: Any])
        #expect(error["code"] as? String == "SYS.1007")
        #expect(error["details"] as? String == "The body is not valid: at \(path): The number \(number) does not fit in 32 bits.")
    }

    @Test("Integers at the ends of the 32-bit range, a 64-bit Long and a timestamp inside a named type pass")
    func inRange() async throws {
        let item = #"{"name": "n", "count": 2147483647, "seenAt": "Jan 6, 2017 3:51:16 AM"}"#
        let reply = try await put(#"{"echoListOfItem": {"value": [\#(item), {"count": -2147483648}]}}"#, to: "list-of-item")
        #expect(reply.status == 200, "\(String(decoding: reply.body, as: UTF8.self))")
        let value = try #require(reply.json["value"] as? [[String: Any]])
        #expect(value.count == 2)
        #expect(value.first?["count"] as? Int == 2_147_483_647)
        #expect(value.first?["seenAt"] as? String == "Jan 6, 2017 3:51:16 AM")
        #expect(value.last?["count"] as? Int == -2_147_483_648)
        let long = try await put(#"{"echoListOfLong": {"value": [9007199254740993]}}"#, to: "list-of-long?queryValue=1&queryValue=9007199254740993")
        #expect(long.status == 200, "\(String(decoding: long.body, as: UTF8.self))")
        #expect(long.json["value"] as? [Int] == [9_007_199_254_740_993])
    }

    private struct Reply: Sendable {
        var status: Int
        var body: Data

        /// The body as a JSON object; empty when it is none.
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:]
        }
    }

    /// Sends `body` as it is to an echo endpoint's path (and query), and reads the JSON object it answers with.
    private func put(_ body: String, to endpoint: String) async throws -> Reply {
        let router = Router()
        try MatrixEchoHandler().registerHandlers(on: router)
        return try await withLoopbackHTTPServer(router.buildResponder()) { url in
            let target = try #require(URL(string: url.absoluteString + "/matrix/v1/echo/" + endpoint))
            var request = URLRequest(url: target)
            request.httpMethod = "PUT"
            request.httpBody = Data(body.utf8)
            request.setValue("application/json", forHTTPHeaderField: "Content-Type")
            request.setValue("OAuth session-1", forHTTPHeaderField: "Authorization")
            let (data, response) = try await URLSession.shared.data(for: request)
            return Reply(status: (response as? HTTPURLResponse)?.statusCode ?? 0, body: data)
        }
    }
}
