/// How the client authorizes the calls that need it.
///
/// Calls to endpoints documented as "Auth Required" carry the `Authorization` header; other calls go without.
public nonisolated enum ZStackAuthorization: Sendable {
    /// A session, as returned by a login call: the header is `Authorization: OAuth <session UUID>`.
    ///
    /// - Parameter sessionUUID: The session's UUID.
    case session(String)

    /// A header value given verbatim, such as an access key signature `ZStack <key ID>:<signature>`.
    ///
    /// - Parameter headerValue: The complete value of the `Authorization` header.
    case headerValue(String)

    /// A header value computed for every call, for example from a session that is renewed when it expires.
    ///
    /// The closure returns the complete value of the `Authorization` header; an error it throws ends the call
    /// before anything is sent. To sign each request with an access key, which needs the request's method, path
    /// and `Date` header, use a `ClientMiddleware` instead.
    ///
    /// - Parameter provider: The closure that returns the header value.
    case provider(@Sendable () async throws -> String)

    /// The value of the `Authorization` header.
    ///
    /// - Returns: The header value for the next call.
    func headerValue() async throws -> String {
        switch self {
        case .session(let sessionUUID):
            return ZStackWire.authorizationValue(sessionUUID: sessionUUID)
        case .headerValue(let value):
            return value
        case .provider(let provider):
            return try await provider()
        }
    }
}
