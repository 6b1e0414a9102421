import Foundation
import HTTPTypes
import OpenAPIRuntime

nonisolated extension ZStackServerRuntime {
    /// Registers `GET <jobs path>/{uuid}`, which answers polls of the jobs of asynchronous calls.
    ///
    /// A poll gets `202 Accepted` with no body while the job runs, the job's reply when it has finished (`200 OK`
    /// with the result, or the failure reply), and `404 Not Found` for a job that is unknown or has expired.
    ///
    /// - Parameter transport: The transport that receives the polls.
    /// - Throws: The transport's error.
    func registerJobQueries(on transport: any ServerTransport) throws {
        try transport.register(
            { request, body, metadata in
                await withMiddlewares(
                    request,
                    body: body,
                    metadata: metadata,
                    operationID: ZStackServerWire.jobOperationID
                ) { _, _, metadata in
                    await jobReply(uuid: metadata.pathParameters["uuid"]).http
                }
            },
            method: .get,
            path: pathPrefix + ZStackServerWire.jobsPath + "/{uuid}"
        )
    }

    /// Starts the job of an asynchronous call and makes the reply that accepts the call.
    ///
    /// The job's UUID is the request's `X-Job-UUID` header when it has one. A call whose job UUID the table already
    /// has is not run again: it is accepted with the existing job's location, so that a client can retry a call.
    ///
    /// - Parameters:
    ///   - request: The call's request.
    ///   - operationID: The operation called.
    ///   - work: The handler's work.
    /// - Returns: `202 Accepted` with the job's location.
    /// - Throws: ``ZStackServerBadRequest`` if the `X-Job-UUID` header is no UUID.
    func startJob(
        for request: HTTPRequest,
        operationID: String,
        work: @escaping ZStackServerEndpoint.Work
    ) async throws -> ZStackServerReply {
        let uuid = try jobUUID(of: request)
        await configuration.jobs.start(id: uuid) {
            await reply(running: work, operationID: operationID)
        }
        return .accepted(location: jobLocation(uuid, request: request), encoder: makeJSONEncoder())
    }

    /// The job UUID that a request asks for, or else a new one: 32 lower-case hexadecimal digits, as ZStack's.
    private func jobUUID(of request: HTTPRequest) throws -> String {
        guard let name = HTTPField.Name(ZStackServerWire.jobUUIDHeader), let given = request.headerFields[name] else {
            return UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        }
        let uuid = given.trimmingCharacters(in: .whitespaces).lowercased()
        guard uuid.utf8.count == 32, uuid.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else {
            throw ZStackServerBadRequest(
                details: "The header \"\(ZStackServerWire.jobUUIDHeader)\" must be a UUID without dashes"
                    + " (32 hexadecimal digits), found \"\(given)\"."
            )
        }
        return uuid
    }

    /// The URL of a job: under the server URL if it is absolute, or else under the scheme and host of the request.
    private func jobLocation(_ uuid: String, request: HTTPRequest) -> String {
        let path = pathPrefix + ZStackServerWire.jobsPath + "/" + uuid
        if let origin {
            return origin + path
        }
        let host = request.authority ?? HTTPField.Name("Host").flatMap { request.headerFields[$0] } ?? "localhost"
        return "\(request.scheme ?? "http")://\(host)\(path)"
    }

    /// The reply to a poll of a job.
    private func jobReply(uuid: Substring?) async -> ZStackServerReply {
        let uuid = uuid.flatMap { String($0).removingPercentEncoding }?.lowercased() ?? ""
        switch await configuration.jobs.state(of: uuid) {
        case .running:
            return ZStackServerReply(status: ZStackServerWire.acceptedStatus, body: Data())
        case .finished(let reply):
            return reply
        case nil:
            return .systemFailure(
                .notFound,
                code: ZStackServerWire.notFoundCode,
                description: ZStackServerWire.notFoundDescription,
                details: "The job \"\(uuid)\" is unknown or has expired.",
                encoder: makeJSONEncoder()
            )
        }
    }
}
