import HTTPTypes
import OpenAPIRuntime

/// Records every call that reaches the server, as `<operation> <status>` (`StartVmInstance 202`,
/// `FixtureQueryJob 200`), outermost so that it sees refusals too; and the query string of each `QueryVmInstance`.
actor TrafficLog: ServerMiddleware {
    private(set) var entries: [String] = []
    private(set) var queries: [String] = []

    private func record(_ entry: String, query: String?) {
        entries.append(entry)
        if let query { queries.append(query) }
    }

    /// Waits until an entry is `entry`, checking every few milliseconds, for at most `seconds`.
    ///
    /// - Returns: Whether it came.
    func waitFor(_ entry: String, seconds: Double = 10) async -> Bool {
        let deadline = ContinuousClock.now + .seconds(seconds)
        while !entries.contains(entry), ContinuousClock.now < deadline {
            try? await Task.sleep(for: .milliseconds(5))
        }
        return entries.contains(entry)
    }

    nonisolated func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        let (response, body) = try await next(request, body, metadata)
        let query = operationID == "QueryVmInstance" ? request.path?.split(separator: "?", maxSplits: 1).dropFirst().first : nil
        await record("\(operationID) \(response.status.code)", query: query.map(String.init))
        return (response, body)
    }
}
