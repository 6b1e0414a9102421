import Foundation
import HTTPTypes
import OpenAPIRuntime

/// The sessions of a fake server, as ZStack keeps them: log-in opens one, log-out closes it, and a call that
/// sends another is refused with `ID.1001` (`api.sessions.invalid-session-codes`).
actor Sessions {
    private(set) var open: Set<String> = []
    private var next = 0

    func openOne() -> String {
        next += 1
        let session = String(format: "%032x", next)
        open.insert(session)
        return session
    }

    func close(_ session: String) {
        open.remove(session)
    }

    func isOpen(_ session: String) -> Bool {
        open.contains(session)
    }
}

/// Refuses every call whose `Authorization: OAuth <session>` names a session that is not open, as ZStack's REST
/// server does: `503` with the error `ID.1001`.
struct SessionCheck: ServerMiddleware {
    let sessions: Sessions

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if let value = request.headerFields[.authorization], value.hasPrefix("OAuth "),
            await !sessions.isOpen(String(value.dropFirst("OAuth ".count)))
        {
            let body = #"{"error": {"code": "ID.1001", "description": "Invalid session", "details": "the session expired"}}"#
            return (HTTPResponse(status: .serviceUnavailable, headerFields: [.contentType: "application/json"]), HTTPBody(body))
        }
        return try await next(request, body, metadata)
    }
}
