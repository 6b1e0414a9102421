import ZStackSDK

/// The server side of ``SubmitLongJob``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/longjobs`, asynchronous.
nonisolated enum SubmitLongJobServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SubmitLongJob.operation, bodyWrapper: "params") { call in
            let body = try call.decodeBody(Body.self)
            let request = SubmitLongJob.Request(
                jobName: try call.required(body.wrapped?.jobName, .bodyField("params.jobName")),
                jobData: try call.required(body.wrapped?.jobData, .bodyField("params.jobData")),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                resourceUuid: body.wrapped?.resourceUuid,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                targetResourceUuid: body.wrapped?.targetResourceUuid,
                tagUuids: body.wrapped?.tagUuids
            )
            return { try await handler.submitLongJob(request) }
        }
    }

    /// The JSON body of a request: `{"params": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "params"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var name: String?
            var description: String?
            var jobName: String?
            var jobData: String?
            var resourceUuid: String?
            var systemTags: [String]?
            var userTags: [String]?
            var targetResourceUuid: String?
            var tagUuids: [String]?

            private enum CodingKeys: String, CodingKey {
                case name = "name"
                case description = "description"
                case jobName = "jobName"
                case jobData = "jobData"
                case resourceUuid = "resourceUuid"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case targetResourceUuid = "targetResourceUuid"
                case tagUuids = "tagUuids"
            }
        }
    }
}
