public import FixtureSplitCore
import HTTPTypes

/// Log In by Account
///
/// Opens a session for an account.
///
/// `PUT /zstack/v1/accounts/login`, synchronous, no authorization.
///
/// Category: Identity
public nonisolated enum LogInByAccount {
    /// The endpoint's static description.
    public static var operation: FixtureOperation {
        FixtureOperation(
            id: "LogInByAccount",
            method: .put,
            pathTemplate: "/zstack/v1/accounts/login",
            requiresAuthorization: false,
            isAsynchronous: false
        )
    }

    /// The inputs of a call.
    public final class Request: Sendable, Equatable {
        /// The account's name
        public let accountName: String

        /// The password's SHA-512 digest, in hexadecimal
        public let password: String

        /// Creates the inputs of a call.
        ///
        /// - Parameters:
        ///   - accountName: The account's name
        ///   - password: The password's SHA-512 digest, in hexadecimal
        public init(accountName: String, password: String) {
            self.accountName = accountName
            self.password = password
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
            guard FixtureFieldwise.same(lhs.accountName, rhs.accountName) else { return false }
            return FixtureFieldwise.same(lhs.password, rhs.password)
        }
    }

    /// The new session.
    ///
    /// An ``InventoryReply`` of ``SessionInventory``: the replies that differ only in that type share one generic type.
    ///
    /// - `inventory`: The session
    public typealias Response = InventoryReply<SessionInventory>
}

nonisolated extension FixtureClient {
    /// Log In by Account
    ///
    /// Opens a session for an account.
    ///
    /// `PUT /zstack/v1/accounts/login`, synchronous, no authorization.
    ///
    /// - Parameter request: The inputs of the call.
    /// - Returns: The new session.
    /// - Throws: ``FixtureAPIError`` when the server reports a failure, ``FixtureClientError`` when the call cannot be
    ///   made or the reply is not one the API allows, or the transport's error.
    public func logInByAccount(
        _ request: LogInByAccount.Request
    ) async throws -> LogInByAccount.Response {
        let call = FixtureRequestBuilder(operation: LogInByAccount.operation)
        call.jsonBody = FixtureJSONBody { body in
            try body.encodeObject(forKey: "logInByAccount") { wrapped in
                try wrapped.encodeValue(request.accountName, forKey: "accountName")
                try wrapped.encodeValue(request.password, forKey: "password")
            }
        }
        return try await perform(call)
    }
}

nonisolated extension FixtureClient {
    /// Opens a session: calls ``logInByAccount(_:)`` and returns a client that sends the session its reply holds
    /// (`inventory.uuid`), with this client's server, transport and settings.
    ///
    /// - Parameter request: The inputs of the log-in call.
    /// - Returns: A client authorized by the new session.
    /// - Throws: The log-in call's errors, or ``FixtureClientError/noSession(operationID:)`` when its reply carries no
    ///   session id.
    public func openSession(_ request: LogInByAccount.Request) async throws -> FixtureClient {
        let reply = try await logInByAccount(request)
        guard let sessionID = reply.inventory?.uuid else {
            throw FixtureClientError.noSession(operationID: LogInByAccount.operation.id)
        }
        return withSession(sessionID)
    }
}
