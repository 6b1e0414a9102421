public import FixtureSplitCore
import HTTPTypes

/// Delete Zone
///
/// `DELETE /zstack/v1/zones/{uuid}`, asynchronous, authorization required.
///
/// Category: Resource Pool › Zone Related Interfaces
///
/// - Since: 0.6
/// - Important: Deprecated since 5.0. Use DeleteZones instead.
@available(*, deprecated, message: "Deprecated since 5.0. Use DeleteZones instead.")
public nonisolated enum DeleteZone {
    /// The endpoint's static description.
    public static var operation: FixtureOperation {
        FixtureOperation(
            id: "DeleteZone",
            method: .delete,
            pathTemplate: "/zstack/v1/zones/{uuid}",
            requiresAuthorization: true,
            isAsynchronous: true
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// Resource UUID
        public let uuid: String

        /// Permissive or Enforcing; Permissive by default
        public let deleteMode: String?

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - uuid: Resource UUID
        ///   - deleteMode: Permissive or Enforcing; Permissive by default
        public init(uuid: String, deleteMode: String? = nil) {
            self.uuid = uuid
            self.deleteMode = deleteMode
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
            guard FixtureFieldwise.same(lhs.uuid, rhs.uuid) else { return false }
            return FixtureFieldwise.same(lhs.deleteMode, rhs.deleteMode)
        }
    }

    /// An empty reply.
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
            _ = encoder.container(keyedBy: FixtureCodingKey.self)
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

nonisolated extension FixtureClient {
    /// Delete Zone
    ///
    /// `DELETE /zstack/v1/zones/{uuid}`, asynchronous, authorization required. The method returns when the server's job
    /// has finished.
    ///
    /// - Since: 0.6
    /// - Important: Deprecated since 5.0. Use DeleteZones instead.
    ///
    /// - Parameters:
    ///   - request: The inputs of the call.
    ///   - polling: How to wait for the job; `nil` uses the client's configuration.
    /// - Returns: An empty reply.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made, the reply is not one the API allows, the job is unknown or does not finish in time, the transport's
    ///   error, or `CancellationError` when the task is cancelled.
    @available(*, deprecated, message: "Deprecated since 5.0. Use DeleteZones instead.")
    public func deleteZone(
        _ request: DeleteZone.Request,
        polling: FixturePolling? = nil
    ) async throws -> DeleteZone.Response {
        let call = FixtureRequestBuilder(operation: DeleteZone.operation)
        call.setPathParameter("uuid", to: request.uuid)
        call.appendQueryItem("deleteMode", value: request.deleteMode)
        return try await perform(call, polling: polling)
    }
}
