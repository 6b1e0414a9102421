import Foundation
public import HTTPTypes

/// A failure that the ZStack server reported: a documented error status with an error in its body.
public nonisolated struct ZStackAPIError: Error, CustomStringConvertible {
    /// The operation that failed, such as `UpdateGuestToolsState`.
    public let operationID: String

    /// The HTTP status of the failure reply, such as `503 Service Unavailable`.
    public let status: HTTPResponse.Status

    /// The error that the server reported, with its code, description and causes.
    public let errorCode: ZStackErrorCode

    /// Creates an error for a failure reply.
    ///
    /// - Parameters:
    ///   - operationID: The operation that failed.
    ///   - status: The HTTP status of the failure reply.
    ///   - errorCode: The error that the server reported.
    public init(operationID: String, status: HTTPResponse.Status, errorCode: ZStackErrorCode) {
        self.operationID = operationID
        self.status = status
        self.errorCode = errorCode
    }

    /// Whether the server refused the call's session: it expired, was closed, or never existed (the error codes of
    /// `api.sessions.invalid-session-codes`). Open a new session and call again.
    public var isInvalidSession: Bool {
        errorCode.code.map(ZStackWire.invalidSessionCodes.contains) ?? false
    }

    /// The operation, the status and the reported error as compact JSON.
    public var description: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let error = (try? encoder.encode(errorCode)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
        return "\(operationID) failed with status \(status.summary): \(error)"
    }
}

/// A failure of the client itself, or a reply that the API description does not allow.
public nonisolated enum ZStackClientError: Error, CustomStringConvertible {
    /// The server answered with a status that the endpoint does not document.
    ///
    /// - Parameters:
    ///   - operationID: The operation called.
    ///   - status: The status of the reply.
    ///   - body: The beginning of the reply's body, as text.
    case undocumentedStatus(operationID: String, status: HTTPResponse.Status, body: String)

    /// The body of a reply with a documented status could not be decoded.
    ///
    /// - Parameters:
    ///   - operationID: The operation called.
    ///   - status: The status of the reply.
    ///   - body: The beginning of the reply's body, as text.
    ///   - underlyingError: Why decoding failed.
    case undecodableBody(operationID: String, status: HTTPResponse.Status, body: String, underlyingError: any Error)

    /// The operation needs authorization, but the client's configuration has none.
    ///
    /// - Parameter operationID: The operation called.
    case missingAuthorization(operationID: String)

    /// The request's path could not be built, so nothing was sent.
    ///
    /// - Parameters:
    ///   - operationID: The operation called.
    ///   - reason: What is wrong with the path.
    case invalidPath(operationID: String, reason: String)

    /// An asynchronous call was accepted without a usable job location.
    ///
    /// - Parameters:
    ///   - operationID: The operation called.
    ///   - location: The location that the server gave, if any.
    case invalidLocation(operationID: String, location: String?)

    /// The server does not know the job being polled: it expired, or never existed.
    ///
    /// - Parameters:
    ///   - operationID: The operation called.
    ///   - location: The location polled.
    case jobNotFound(operationID: String, location: String)

    /// There is no session: a log-in reply that carries no session id, or a client that sends none when it is
    /// asked to close its session.
    ///
    /// - Parameter operationID: The log-in or log-out operation.
    case noSession(operationID: String)

    /// The job did not finish within the polling timeout; it may still be running on the server.
    ///
    /// - Parameters:
    ///   - operationID: The operation called.
    ///   - location: The location polled.
    ///   - timeout: How long the client polled.
    case jobTimedOut(operationID: String, location: String, timeout: Duration)

    /// The operation called.
    public var operationID: String {
        switch self {
        case .undocumentedStatus(let operationID, _, _),
            .undecodableBody(let operationID, _, _, _),
            .missingAuthorization(let operationID),
            .noSession(let operationID),
            .invalidPath(let operationID, _),
            .invalidLocation(let operationID, _),
            .jobNotFound(let operationID, _),
            .jobTimedOut(let operationID, _, _):
            return operationID
        }
    }

    /// What went wrong, naming the operation and, for a reply, its status and the beginning of its body.
    public var description: String {
        switch self {
        case .undocumentedStatus(let operationID, let status, let body):
            return "\(operationID): the server answered with the undocumented status \(status.summary); body: \(body)"
        case .undecodableBody(let operationID, let status, let body, let underlyingError):
            let reason = Self.reason(underlyingError)
            return "\(operationID): cannot decode the body of the \(status.summary) reply (\(reason)); body: \(body)"
        case .missingAuthorization(let operationID):
            return "\(operationID) requires authorization, but the client's configuration has none;"
                + " set ZStackConfiguration.authorization"
        case .invalidPath(let operationID, let reason):
            return "\(operationID): cannot build the request path: \(reason)"
        case .noSession(let operationID):
            return "\(operationID): there is no session: the log-in reply carries no session id,"
                + " or the client sends none"
        case .invalidLocation(let operationID, let location):
            let given = location.map { "\"\($0)\"" } ?? "none"
            return "\(operationID): the server accepted the call without a usable job location (given: \(given))"
        case .jobNotFound(let operationID, let location):
            return "\(operationID): the server does not know the job at \(location); it expired or never existed"
        case .jobTimedOut(let operationID, let location, let timeout):
            return "\(operationID): the job at \(location) did not finish within \(timeout); it may still be running"
        }
    }

    /// The text that stands for a reply body in error messages: its first bytes, quoted and escaped.
    ///
    /// - Parameter data: The whole body.
    /// - Returns: The text, such as `"{\"a\":1}"`, `"<html>…" (2048 bytes)` or `(empty)`.
    static func excerpt(of data: Data) -> String {
        let limit = 256
        guard !data.isEmpty else { return "(empty)" }
        let text = String(decoding: data.prefix(limit), as: UTF8.self)
        let quoted = String(reflecting: text)
        return data.count > limit ? "\(quoted.dropLast())…\" (\(data.count) bytes)" : quoted
    }

    private static func reason(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "\(error)" }
        switch error {
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            var path = ""
            for key in context.codingPath {
                if let index = key.intValue {
                    path += "[\(index)]"
                } else {
                    path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
                }
            }
            return path.isEmpty ? context.debugDescription : "at \(path): \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

nonisolated extension HTTPResponse.Status {
    /// The code, followed by the reason phrase when the transport reports one (HTTP/2 has none).
    fileprivate var summary: String {
        reasonPhrase.isEmpty ? "\(code)" : "\(code) \(reasonPhrase)"
    }
}
