public import Foundation
import HTTPTypes

/// Query Things
///
/// `DELETE /zstack/v1/things/{uuid}`, synchronous, authorization required.
public nonisolated enum QueryThings {
    /// The endpoint's static description.
    public static var operation: ZStackOperation {
        ZStackOperation(
            id: "QueryThings",
            method: .delete,
            pathTemplate: "/zstack/v1/things/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The `uuid` field.
        public let uuid: String

        /// Names to match
        public let names: [String]

        /// Colours to match
        public let colors: [Color]?

        /// Times
        public let seenBefore: [Date]?

        /// The client
        public let clientInfo: [String: String]?

        /// Providers and their services
        public let networkServices: [String: [String]]?

        /// Anything
        public let extra: ZStackJSONValue?

        /// At most this many
        public let limit: Int?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: The `uuid` field.
        ///   - names: Names to match
        ///   - colors: Colours to match
        ///   - seenBefore: Times
        ///   - clientInfo: The client
        ///   - networkServices: Providers and their services
        ///   - extra: Anything
        ///   - limit: At most this many
        public init(
            uuid: String,
            names: [String],
            colors: [Color]? = nil,
            seenBefore: [Date]? = nil,
            clientInfo: [String: String]? = nil,
            networkServices: [String: [String]]? = nil,
            extra: ZStackJSONValue? = nil,
            limit: Int? = nil
        ) {
            self.uuid = uuid
            self.names = names
            self.colors = colors
            self.seenBefore = seenBefore
            self.clientInfo = clientInfo
            self.networkServices = networkServices
            self.extra = extra
            self.limit = limit
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Request, _ rhs: Request) -> Bool {
            guard ZStackFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            guard ZStackFieldwise.same(lhs.names, rhs.names) else { return false }
            guard ZStackFieldwise.same(lhs.colors, rhs.colors) else { return false }
            guard ZStackFieldwise.same(lhs.seenBefore, rhs.seenBefore) else { return false }
            guard ZStackFieldwise.same(lhs.clientInfo, rhs.clientInfo) else { return false }
            guard ZStackFieldwise.same(lhs.networkServices, rhs.networkServices) else { return false }
            guard ZStackFieldwise.same(lhs.extra, rhs.extra) else { return false }
            return ZStackFieldwise.same(lhs.limit, rhs.limit)
        }
    }

    /// The reply's fields.
    public final class Response: Codable, Sendable, Equatable {
        /// Creates a value.
        public init() {
        }

        /// Decodes a value from its JSON object.
        ///
        /// - Parameter decoder: The decoder to read from.
        /// - Throws: `DecodingError` if a required field is missing or a field has the wrong type.
        public init(from decoder: any Decoder) throws {
        }

        /// Encodes the value as its JSON object, without the fields that are `nil`.
        ///
        /// - Parameter encoder: The encoder to write to.
        /// - Throws: The encoder's error.
        public func encode(to encoder: any Encoder) throws {
            _ = encoder.container(keyedBy: ZStackCodingKey.self)
        }

        /// Whether two values are equal (`==`): all their fields are.
        ///
        /// `Equatable`'s `==` under a name of its own, so that it does not join the overloads that every `==` in this
        /// module and in its importers is checked against.
        ///
        /// - Parameters:
        ///   - lhs: A value.
        ///   - rhs: Another value.
        /// - Returns: `true` when each field of `lhs` equals the same field of `rhs`.
        @_implements(Equatable,==(_:_:))
        public static func fieldsAreEqual(_ lhs: Response, _ rhs: Response) -> Bool {
            true
        }
    }
}

nonisolated extension ZStackClient {
    /// Query Things
    ///
    /// `DELETE /zstack/v1/things/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameters:
    ///   - uuid: The `uuid` field.
    ///   - names: Names to match
    ///   - colors: Colours to match
    ///   - seenBefore: Times
    ///   - clientInfo: The client
    ///   - networkServices: Providers and their services
    ///   - extra: Anything
    ///   - limit: At most this many
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryThings(
        uuid: String,
        names: [String],
        colors: [Color]? = nil,
        seenBefore: [Date]? = nil,
        clientInfo: [String: String]? = nil,
        networkServices: [String: [String]]? = nil,
        extra: ZStackJSONValue? = nil,
        limit: Int? = nil
    ) async throws -> QueryThings.Response {
        try await queryThings(
            QueryThings.Request(
                uuid: uuid,
                names: names,
                colors: colors,
                seenBefore: seenBefore,
                clientInfo: clientInfo,
                networkServices: networkServices,
                extra: extra,
                limit: limit
            )
        )
    }

    /// Query Things
    ///
    /// `DELETE /zstack/v1/things/{uuid}`, synchronous, authorization required.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The reply's fields.
    /// - Throws: ``ZStackAPIError`` when the server reports a failure, ``ZStackClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func queryThings(
        _ request: QueryThings.Request
    ) async throws -> QueryThings.Response {
        let call = ZStackRequestBuilder(operation: QueryThings.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItems("names", values: request.names)
        call.appendQueryItems("colors", values: ZStackRequestBuilder.texts(request.colors))
        call.appendQueryItems("seenBefore", values: ZStackRequestBuilder.texts(request.seenBefore))
        call.appendQueryMap("clientInfo", entries: ZStackRequestBuilder.texts(request.clientInfo))
        call.appendQueryMap("networkServices", entries: request.networkServices)
        call.appendQueryObject("extra", value: request.extra)
        call.appendQueryItem("limit", describing: request.limit)
        return try await perform(call)
    }
}
