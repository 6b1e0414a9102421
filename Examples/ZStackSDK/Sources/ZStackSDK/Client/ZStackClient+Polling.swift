import Foundation
import HTTPTypes

nonisolated extension ZStackClient {
    /// Waits for the job of an accepted asynchronous call and returns the job's `200 OK` reply.
    ///
    /// The job's location is requested from the configured server whatever host it names, since servers behind
    /// a proxy or NAT often name an address that the client cannot reach.
    ///
    /// - Parameters:
    ///   - accepted: The reply that accepted the call.
    ///   - operationID: The operation called.
    ///   - authorization: The `Authorization` header value of the call, sent with each poll.
    ///   - polling: How often and how long to poll.
    /// - Returns: The job's `200 OK` reply, whose body holds the call's result.
    /// - Throws: ``ZStackAPIError`` if the job failed; ``ZStackClientError`` if the location is unusable, the job
    ///   is unknown, the timeout passed or a reply is not allowed; `CancellationError` if the task is cancelled.
    func pollJob(
        acceptedBy accepted: Reply,
        operationID: String,
        authorization: String?,
        polling: ZStackPolling
    ) async throws -> Reply {
        let location: String?
        do {
            location = try makeJSONDecoder().decode(ZStackReplyEnvelope.Accepted.self, from: accepted.body).location
        } catch {
            throw ZStackClientError.undecodableBody(
                operationID: operationID,
                status: accepted.status,
                body: ZStackClientError.excerpt(of: accepted.body),
                underlyingError: error
            )
        }
        guard let location, let path = jobPath(of: location) else {
            throw ZStackClientError.invalidLocation(operationID: operationID, location: location)
        }
        var request = HTTPRequest(method: .get, scheme: nil, authority: nil, path: path)
        if let authorization {
            request.headerFields[ZStackWire.authorizationHeader] = authorization
        }

        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: polling.timeout)
        while true {
            let now = clock.now
            guard now < deadline else {
                throw ZStackClientError.jobTimedOut(
                    operationID: operationID,
                    location: location,
                    timeout: polling.timeout
                )
            }
            try await clock.sleep(until: min(now.advanced(by: polling.interval), deadline))
            let reply = try await send(request, body: nil, operationID: operationID)
            switch reply.status.code {
            case ZStackWire.acceptedStatus:
                continue
            case 200:
                return reply
            case 404:
                throw ZStackClientError.jobNotFound(operationID: operationID, location: location)
            default:
                throw failure(of: reply, operationID: operationID)
            }
        }
    }

    /// The path and query of a job location, relative to the server URL.
    ///
    /// - Parameter location: An absolute HTTP(S) URL, such as `http://10.0.0.5:8080/zstack/v1/api-jobs/ID`.
    /// - Returns: The path and query, such as `/zstack/v1/api-jobs/ID`, without the server URL's own path if
    ///   the location repeats it; `nil` if the location is no absolute HTTP(S) URL with a path.
    private func jobPath(of location: String) -> String? {
        guard let components = URLComponents(string: location),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            components.host != nil,
            components.percentEncodedPath.hasPrefix("/")
        else { return nil }
        var path = components.percentEncodedPath
        let serverPath = URLComponents(url: serverURL, resolvingAgainstBaseURL: false)?.percentEncodedPath ?? ""
        if !serverPath.isEmpty, path.hasPrefix(serverPath + "/") {
            path.removeFirst(serverPath.count)
        }
        if let query = components.percentEncodedQuery {
            path += "?" + query
        }
        return path
    }
}
