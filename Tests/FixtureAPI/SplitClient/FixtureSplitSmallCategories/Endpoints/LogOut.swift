public import FixtureSplitCore
import HTTPTypes

/// Log Out
///
/// Ends a session.
///
/// `DELETE /zstack/v1/accounts/sessions/{sessionUuid}`, synchronous, no authorization.
///
/// Category: Identity
public nonisolated enum LogOut {
    /// The endpoint's static description.
    public static var operation: FixtureOperation {
        FixtureOperation(
            id: "LogOut",
            method: .delete,
            pathTemplate: "/zstack/v1/accounts/sessions/{sessionUuid}",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The session's UUID
        public let sessionUuid: String

        /// Creates the inputs of a call.
        ///
        /// - Parameter sessionUuid: The session's UUID
        public init(sessionUuid: String) {
            self.sessionUuid = sessionUuid
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
            return FixtureFieldwise.same(lhs.sessionUuid, rhs.sessionUuid)
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
    /// Log Out
    ///
    /// Ends a session.
    ///
    /// `DELETE /zstack/v1/accounts/sessions/{sessionUuid}`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: An empty reply.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logOut(
        _ request: LogOut.Request
    ) async throws -> LogOut.Response {
        let call = FixtureRequestBuilder(operation: LogOut.operation)
        call.setPathParameter("sessionUuid", to: request.sessionUuid)
        return try await perform(call)
    }
}

nonisolated extension FixtureClient {
    /// Closes the session this client sends, with ``logOut(_:)``; the client, and every client that sends the same
    /// session, is then refused by calls that need authorization.
    ///
    /// - Throws: The log-out call's errors, or ``FixtureClientError/noSession(operationID:)`` when the client sends no
    ///   session.
    public func closeSession() async throws {
        guard case .session(let sessionID) = configuration.authorization else {
            throw FixtureClientError.noSession(operationID: LogOut.operation.id)
        }
        _ = try await logOut(LogOut.Request(sessionUuid: sessionID))
    }
}
