import Foundation
import ZStackSDK
public import ZStackSDKServer

/// A ``ZStackAPIHandler`` that answers every call with the endpoint's documented response example.
///
/// Serve it like any handler, for example to try a client without a ZStack installation:
///
/// ```swift
/// let router = Router()
/// try ZStackMockHandler().registerHandlers(on: router)
/// ```
///
/// The handler ignores the inputs of the calls. An endpoint whose documentation has no response example is answered
/// with a reply synthesized from its declared response fields: every field, with values that fit their types.
public nonisolated struct ZStackMockHandler: ZStackAPIHandler {
    /// Creates the handler.
    public init() {}

    /// Decodes a documented response example, whose timestamps are in the API's default zone.
    ///
    /// - Parameters:
    ///   - type: The endpoint's response type.
    ///   - json: The example's JSON text.
    /// - Returns: The example.
    /// - Throws: `DecodingError` if the example does not fit the type, which the generator rules out.
    static func example<Response: Decodable>(_ type: Response.Type, json: String) throws -> Response {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = ZStackTimestamp().decodingStrategy
        return try decoder.decode(type, from: Data(json.utf8))
    }
}
